#!/usr/bin/env python3
"""Expected margin numbers for the golden cases in tests/data/golden/*.json, computed
independently of the C++ engine (standard library only).

Computed here from the methodology text (shared design MARGIN_MODEL.md §1-§4) and the raw data:
  * 3-day par-yield changes (bp) of the ten factors 3M..30Y from resources/data/treasury_par_yields.csv;
    a missing tenor's change is interpolated linearly in maturity from its nearest published
    neighbours that day (flat beyond the first or last one);
  * the scenario set: the 2,520 changes whose end date lies in the last 2,520 business days up to
    the as-of date, plus every stress-window change (end date in the window) that the lookback
    lacks; the 2020 window lies inside the lookback for 2025-07-11, the 2008 one is added;
  * FICC VaR = the k-th largest loss, k = max(1, ceil((1 - alpha) N)), of P&L = sum KRD x change;
    haircut sleeve sqrt(h'Ch) on net market value of securities with <= 1y left (0-6m, 6-12m);
    floor = floor% x gross market value per remaining-maturity bucket; charge = max(VaR + haircut,
    floor); the MLA add-on per floor bucket;
  * eligibility and books (account and product rules, allocation flags);
  * CME futures-equivalents of cash legs n = DV01_cash / DV01_contract, SPAN scan risk over the 16
    scenarios, calendar-spread charges, inter-commodity credits in priority order consuming deltas,
    maintenance floored at 0, initial x 1.10 for HRP;
  * S_F, S_F', X_F, r_F, S_C, S_C', X_C, r_C, the four readings (min, each, one pot, legacy offset
    classes) with the 80% cap, the regular accounts, cross-margined, duplicated and savings.

Taken from the engine (the "recorded" block of each case, tested elsewhere): each position's KRDs
and market value, the CTD of each future, the target contract of each cash leg and that
contract's per-contract KRDs, and the calibrated scan ranges. Model parameters come from
resources/parameters/xm-2026.1.json; the remaining maturities from resources/data/treasury_securities.csv.

Rerun after changing a case's portfolio or the methodology, from the repository root:
    python3 tests/golden/compute_golden.py          # rewrites the "expected" block of every case
    python3 tests/golden/compute_golden.py --check  # compares only; exit status 1 on a difference
tests/core/tst_margin_golden then compares the engine with these numbers. If it reports that
the recorded inputs changed (pricing changed on purpose), copy the values it prints into
"recorded" (the KRDs are also what `xmargin-cli risk` prints) and rerun this script.
"""

import csv
import datetime as dt
import glob
import json
import math
import os
import sys
from fractions import Fraction

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FACTOR_YEARS = [0.25, 0.5, 1, 2, 3, 5, 7, 10, 20, 30]
FACTOR_COLUMNS = ["3M", "6M", "1Y", "2Y", "3Y", "5Y", "7Y", "10Y", "20Y", "30Y"]
DAYS_PER_YEAR = 365.25
HAIRCUT_FIRST_BUCKET_YEARS = 0.5
RELATIVE_TOLERANCE = 1e-9   # the engine and this script sum the same terms in another order
ABSOLUTE_TOLERANCE = 0.01   # USD (ratios: this tolerance is relative to 1)


def date(text):
    return dt.date.fromisoformat(text)


def value(node):
    return node["value"]


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------

def load_parameters():
    with open(os.path.join(ROOT, "resources/parameters/xm-2026.1.json")) as f:
        p = json.load(f)
    ficc, cme, xm = p["ficc"], p["cme"], p["xm"]
    return {
        "confidence": value(ficc["confidence"]),
        "horizon": value(ficc["horizonDays"]),
        "lookback": value(ficc["lookbackDays"]),
        "stress": [(date(w["first"]), date(w["last"]), w["name"]) for w in value(ficc["stressWindows"])],
        "haircutMaxYears": value(ficc["haircut"]["maxYears"]),
        "haircutPct": [value(ficc["haircut"]["pct0to6m"]), value(ficc["haircut"]["pct6to12m"])],
        "haircutCorrelation": value(ficc["haircut"]["correlation"]),
        "floorMaxYears": value(ficc["floor"]["bucketMaxYears"]),
        "floorPct": value(ficc["floor"]["pct"]),
        "mla": {k: value(ficc["mla"][k]) for k in ("enabled", "thresholdDv01", "impactBp", "exponent")},
        "addOnConstants": sum(value(ficc["addOns"][k]) for k in ("backtesting", "holiday", "special")),
        "intraCharge": value(cme["intraSpreadCharge"]),
        "interSpreads": sorted(value(cme["interSpreads"]), key=lambda s: s["priority"]),  # stable
        "hrp": value(cme["hrpMultiplier"]),
        "optionDelta": value(cme["optionDelta"]),
        "cap": value(xm["cap"]),
        "eligibleCme": value(xm["eligibleCmeSymbols"]),
        "repoMinYears": value(xm["repoMinCollateralYears"]),
        "legacyMaxYears": value(xm["legacy"]["classMaxYears"]),
        "legacyCredit": value(xm["legacy"]["creditByDistance"]),
    }


def load_par_yields():
    rows = []
    with open(os.path.join(ROOT, "resources/data/treasury_par_yields.csv")) as f:
        for r in csv.DictReader(f):
            rows.append((date(r["date"]), [float(r[c]) if r[c] else None for c in FACTOR_COLUMNS]))
    assert all(a[0] < b[0] for a, b in zip(rows, rows[1:])), "dates must ascend"
    return rows


def load_maturities():
    with open(os.path.join(ROOT, "resources/data/treasury_securities.csv")) as f:
        return {r["cusip"]: date(r["maturity_date"]) for r in csv.DictReader(f)}


# ---------------------------------------------------------------------------------------------
# Scenarios and VaR (MARGIN_MODEL.md §1-§2)
# ---------------------------------------------------------------------------------------------

def fill_gaps(change):
    """Missing tenors from their nearest published neighbours, linearly in maturity."""
    known = [k for k, v in enumerate(change) if v is not None]
    if not known:
        return None
    out = list(change)
    for k, v in enumerate(change):
        if v is not None:
            continue
        lower = [j for j in known if j < k]
        upper = [j for j in known if j > k]
        if lower and upper:
            a, b = lower[-1], upper[0]
            w = (FACTOR_YEARS[k] - FACTOR_YEARS[a]) / (FACTOR_YEARS[b] - FACTOR_YEARS[a])
            out[k] = change[a] + w * (change[b] - change[a])
        else:
            out[k] = change[(lower or upper)[-1 if lower else 0]]
    return out


def scenario(rows, end, horizon):
    (_, to), (_, frm) = rows[end], rows[end - horizon]
    change = [None if a is None or b is None else (a - b) * 100.0 for a, b in zip(to, frm)]
    return fill_gaps(change)


def scenario_set(rows, as_of, p):
    h, lookback = p["horizon"], p["lookback"]
    last = max(i for i, (d, _) in enumerate(rows) if d <= as_of)
    ends = [e for e in range(last - lookback + 1, last + 1) if e >= h]
    lookback_start = rows[ends[0]][0]
    notes = [f"{len(ends)} {h}-day changes ending {lookback_start} to {rows[last][0]}"]
    for first, window_last, name in p["stress"]:
        extra = [e for e in range(h, len(rows))
                 if first <= rows[e][0] <= window_last and rows[e][0] < lookback_start and rows[e][0] <= as_of]
        if extra:
            notes.append(f"+ {len(extra)} from {name} ({rows[extra[0]][0]} to {rows[extra[-1]][0]})")
        else:
            notes.append(f"{name}: inside the lookback, nothing added")
        ends += extra
    changes = [scenario(rows, e, h) for e in ends]
    return [c for c in changes if c is not None], notes


def var_rank(n, confidence):
    tail = (1 - Fraction(str(confidence))) * n
    return max(1, math.ceil(tail))


def historical_var(pnl, confidence):
    k = var_rank(len(pnl), confidence)
    return max(0.0, -sorted(pnl)[k - 1])


# ---------------------------------------------------------------------------------------------
# Positions, books and exposures
# ---------------------------------------------------------------------------------------------

FICC_TYPES = {"cash", "repo", "reverse_repo", "bill", "tips", "frn", "strips"}


def bucket(bounds, years):
    for b, upper in enumerate(bounds[:-1]):
        if years <= upper:
            return b
    return len(bounds) - 1


def account_eligible(account):
    firm = account["clearingFirm"]
    common = firm["ficcMember"] and firm["cmeMember"]
    if account["type"] == "house":
        return common
    return common and firm["brokerDealer"] and firm["fcm"] and account["optIn"]


class Position:
    def __init__(self, raw, recorded, spot, maturities, p):
        self.id = raw["id"]
        self.type = raw["type"]
        self.ficc = self.type in FICC_TYPES
        self.quantity = raw["quantity"]
        self.krd = recorded["krd"]
        self.mv = recorded["marketValue"]
        if self.type in ("cash", "repo", "reverse_repo"):
            maturity = maturities[raw["cusip"]]
        elif self.type in ("future", "option"):
            maturity = maturities[recorded["ctd"]]
        else:
            raise NotImplementedError(self.type)
        self.years = (maturity - spot).days / DAYS_PER_YEAR
        if self.type == "cash":
            self.eligible = True
        elif self.type in ("repo", "reverse_repo"):
            self.eligible = self.years > p["repoMinYears"]
        elif self.type == "future":
            self.eligible = raw["symbol"] in p["eligibleCme"]
        else:
            self.eligible = False  # options are not in the programme
        self.allocated = raw.get("allocateXM", True)
        # CME's view: contracts per (symbol, month).
        if self.type == "future":
            self.contracts = {(raw["symbol"], raw["month"]): self.quantity}
        elif self.type == "option":
            underlying = raw["symbol"][1:] if raw["symbol"].startswith("O") else raw["symbol"]
            self.contracts = {(underlying, raw["month"]): self.quantity * p["optionDelta"]}
        else:
            target = recorded["cmeContract"]
            symbol, month = target.split(" ")
            contract_krd = recorded["contractKrdOfTarget"]
            self.contracts = {(symbol, month): sum(self.krd) / sum(contract_krd)}


def book_of(position, account_ok):
    xm = account_ok and position.eligible and (position.ficc or position.allocated)
    return ("F" if position.ficc else "C") + ("X" if xm else "R")


class FiccExposure:
    def __init__(self, positions, p):
        self.krd = [0.0] * 10
        self.haircut_mv = [0.0, 0.0]
        n = len(p["floorPct"])
        self.gross_mv = [0.0] * n
        self.net_dv01 = [0.0] * n
        self.legacy_dv01 = [0.0] * len(p["legacyMaxYears"])
        for q in positions:
            security = q.ficc
            if security and q.years <= p["haircutMaxYears"]:
                self.haircut_mv[0 if q.years <= HAIRCUT_FIRST_BUCKET_YEARS else 1] += q.mv
            else:
                self.krd = [a + b for a, b in zip(self.krd, q.krd)]
            b = bucket(p["floorMaxYears"], q.years)
            self.gross_mv[b] += abs(q.mv)
            self.net_dv01[b] += sum(q.krd)
            self.legacy_dv01[bucket(p["legacyMaxYears"], q.years)] += sum(q.krd)


def ficc_margin(exposure, scenarios, p):
    pnl = [sum(k * d for k, d in zip(exposure.krd, s)) for s in scenarios]
    var = historical_var(pnl, p["confidence"])
    h0 = p["haircutPct"][0] / 100.0 * exposure.haircut_mv[0]
    h1 = p["haircutPct"][1] / 100.0 * exposure.haircut_mv[1]
    haircut = math.sqrt(max(0.0, h0 * h0 + h1 * h1 + 2 * p["haircutCorrelation"] * h0 * h1))
    floor = sum(pct / 100.0 * gross for pct, gross in zip(p["floorPct"], exposure.gross_mv))
    return {"var": var, "haircut": haircut, "floor": floor, "varCharge": max(var + haircut, floor)}


def mla(exposure, p):
    m = p["mla"]
    if not m["enabled"] or m["thresholdDv01"] <= 0:
        return 0.0
    total = 0.0
    for dv01 in exposure.net_dv01:
        size = abs(dv01)
        if size > m["thresholdDv01"]:
            total += m["impactBp"] * (size - m["thresholdDv01"]) * (size / m["thresholdDv01"]) ** m["exponent"]
    return total


SPAN_SCENARIOS = [(0, 1), (0, 1)] + [(s * f, 1) for f in (1 / 3, 2 / 3, 1) for s in (1, -1) for _ in (0, 1)] \
    + [(2, 0.35), (-2, 0.35)]


def span_margin(positions, scan_ranges, multiplier, p):
    contracts = {}
    for q in positions:
        for key, n in q.contracts.items():
            contracts[key] = contracts.get(key, 0.0) + n
    lines = {}
    for (symbol, _), n in contracts.items():
        if abs(n) < 1e-9:
            continue
        line = lines.setdefault(symbol, {"net": 0.0, "long": 0.0, "short": 0.0})
        line["net"] += n
        line["long" if n > 0 else "short"] += abs(n)
    scan = intra = 0.0
    delta = {}
    for symbol, line in lines.items():
        psr = scan_ranges[symbol]
        scan += max(-line["net"] * move * psr * weight for move, weight in SPAN_SCENARIOS)
        intra += min(line["long"], line["short"]) * p["intraCharge"].get(symbol, 0.0)
        delta[symbol] = line["net"]
    credits = 0.0
    for s in p["interSpreads"]:
        a, b = s["legA"], s["legB"]
        if a not in delta or b not in delta or delta[a] * delta[b] >= 0:
            continue
        n = min(abs(delta[a]) / s["ratioA"], abs(delta[b]) / s["ratioB"])
        credits += s["rate"] * n * (s["ratioA"] * scan_ranges[a] + s["ratioB"] * scan_ranges[b])
        for leg, ratio in ((a, s["ratioA"]), (b, s["ratioB"])):
            left = max(0.0, abs(delta[leg]) - n * ratio) if abs(delta[leg]) / ratio > n else 0.0
            delta[leg] = math.copysign(left, delta[leg])
    maintenance = max(0.0, scan + intra - credits)
    return {"scan": scan, "intraSpread": intra, "interCredit": credits, "maintenance": maintenance,
            "initial": maintenance * multiplier}


# ---------------------------------------------------------------------------------------------
# Cross-margining (MARGIN_MODEL.md §4)
# ---------------------------------------------------------------------------------------------

def ratio(combined, a, b):
    return 1.0 - combined / (a + b) if a + b > 0 else 0.0


def legacy_reduction(f_dv01, c_dv01, s_f, s_c, credit_by_distance):
    f, c = list(f_dv01), list(c_dv01)
    total_f, total_c = sum(map(abs, f)), sum(map(abs, c))
    if total_f <= 0 or total_c <= 0:
        return 0.0
    unit_f, unit_c = s_f / total_f, s_c / total_c
    reduction = 0.0
    for distance, credit in enumerate(credit_by_distance):
        for i in range(len(f)):
            for j in sorted({i - distance, i + distance}):
                if j < 0 or j >= len(c) or f[i] * c[j] >= 0:
                    continue
                matched = min(abs(f[i]), abs(c[j]))
                reduction += credit * min(matched * unit_f, matched * unit_c)
                f[i] -= math.copysign(matched, f[i])
                c[j] -= math.copysign(matched, c[j])
    return reduction


def readings(s_f, s_c, x_f, r_f, r_c, legacy, cap):
    clamp = lambda r: min(max(r, 0.0), cap)
    standalone = s_f + s_c
    out = {
        "min": (clamp(min(r_f, r_c)),) * 2,
        "each": (clamp(r_f), clamp(r_c)),
        "onepot": (clamp(ratio(x_f, s_f, s_c)),) * 2,
        "legacy": (clamp(legacy / standalone if standalone > 0 else 0.0),) * 2,
    }
    return {rule: {"ficcReduction": f, "cmeReduction": c, "requirement": (1 - f) * s_f + (1 - c) * s_c}
            for rule, (f, c) in out.items()}


def compute(case, rows, maturities, p):
    portfolio, recorded = case["portfolio"], case["recorded"]
    as_of = date(portfolio["asOf"])
    spot = as_of + dt.timedelta(days=1)
    while spot.weekday() >= 5:  # T+1 business day (no bond-market holiday falls on 2025-07-14)
        spot += dt.timedelta(days=1)
    scenarios, notes = scenario_set(rows, as_of, p)
    account = portfolio["account"]
    account_ok = account_eligible(account)
    multiplier = p["hrp"] if account["riskProfile"] == "HRP" else 1.0

    positions = []
    for raw in portfolio["positions"]:
        rec = dict(recorded["positions"][raw["id"]])
        if rec.get("cmeContract") in recorded["contractKrd"]:
            rec["contractKrdOfTarget"] = recorded["contractKrd"][rec["cmeContract"]]
        positions.append(Position(raw, rec, spot, maturities, p))
    books = {b: [q for q in positions if book_of(q, account_ok) == b] for b in ("FX", "CX", "FR", "CR")}
    scan = recorded["scanRanges"]

    def ficc(*names):
        return ficc_margin(FiccExposure([q for n in names for q in books[n]], p), scenarios, p)

    def cme(*names):
        return span_margin([q for n in names for q in books[n]], scan, multiplier, p)

    e = {}
    ficc_all, ficc_leg, futures_leg, combined = ficc("FX", "FR"), ficc("FX"), ficc("CX"), ficc("FX", "CX")
    cme_all, cme_leg, cash_leg, cme_combined = cme("CX", "CR"), cme("CX"), cme("FX"), cme("FX", "CX")
    for name, m in (("ficcAll", ficc_all), ("ficcLeg", ficc_leg), ("ficcFuturesLeg", futures_leg),
                    ("ficcCombined", combined)):
        for k, v in m.items():
            e[f"{name}.{k}"] = v
    for name, m in (("cmeAll", cme_all), ("cmeLeg", cme_leg), ("cmeCashLeg", cash_leg), ("cmeCombined", cme_combined)):
        for k, v in m.items():
            e[f"{name}.{k}"] = v
    add_ons = mla(FiccExposure(books["FX"] + books["FR"], p), p) + p["addOnConstants"]
    e["ficcAddOns.mla"] = add_ons - p["addOnConstants"]
    e["ficcStandalone"] = ficc_all["varCharge"] + add_ons
    e["cmeStandalone"] = cme_all["initial"]
    e["duplicated"] = e["ficcStandalone"] + e["cmeStandalone"]

    s_f, s_fp, x_f = ficc_leg["varCharge"], futures_leg["varCharge"], combined["varCharge"]
    s_c, s_cp, x_c = cme_leg["initial"], cash_leg["initial"], cme_combined["initial"]
    e.update({"S_F": s_f, "S_F'": s_fp, "X_F": x_f, "S_C": s_c, "S_C'": s_cp, "X_C": x_c})
    e["rF"], e["rC"] = ratio(x_f, s_f, s_fp), ratio(x_c, s_c, s_cp)
    legacy = legacy_reduction(FiccExposure(books["FX"], p).legacy_dv01, FiccExposure(books["CX"], p).legacy_dv01,
                              s_f, s_c, p["legacyCredit"])
    for rule, reading in readings(s_f, s_c, x_f, e["rF"], e["rC"], legacy, p["cap"]).items():
        for k, v in reading.items():
            e[f"reading.{rule}.{k}"] = v
    e["ficcRegular"] = ficc("FR")["varCharge"] if books["FR"] else 0.0
    e["cmeRegular"] = cme("CR")["initial"] if books["CR"] else 0.0
    applied = readings(s_f, s_c, x_f, e["rF"], e["rC"], legacy, p["cap"])["min"]  # the bundled rule
    e["crossMargined"] = applied["requirement"] + add_ons + e["ficcRegular"] + e["cmeRegular"]
    e["savings"] = e["duplicated"] - e["crossMargined"]

    book_names = {"FX": "FICC XM account", "CX": "CME XM account", "FR": "FICC regular account",
                  "CR": "CME regular account"}
    position_expectations = {}
    for q in positions:
        position_expectations[q.id] = {"book": book_names[book_of(q, account_ok)]}
        if q.ficc:
            position_expectations[q.id]["cmeContracts"] = next(iter(q.contracts.values()))
    return {
        "about": "Independent numbers from tests/golden/compute_golden.py (do not edit by hand): FICC from the par-yield "
                 "history and the recorded KRDs, CME SPAN from the recorded scan ranges, the bundled parameters, the "
                 "min rule. Names are MarginResult's (tests/support/result_numbers.h).",
        "scenarios": {"count": len(scenarios), "k": var_rank(len(scenarios), p["confidence"]), "notes": notes},
        "tolerance": {"relative": RELATIVE_TOLERANCE, "absoluteUsd": ABSOLUTE_TOLERANCE},
        "numbers": e,
        "positions": position_expectations,
    }


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------

def dumps(node, indent=0):
    """JSON with numbers at full precision and short lists or leaf objects on one line."""
    pad = "  " * indent
    if isinstance(node, dict):
        if all(not isinstance(v, (dict, list)) or (isinstance(v, list) and len(v) <= 10 and
               all(not isinstance(x, (dict, list)) for x in v)) for v in node.values()) and len(node) <= 8:
            return "{" + ", ".join(f"{json.dumps(k)}: {dumps(v)}" for k, v in node.items()) + "}"
        items = [f"{pad}  {json.dumps(k)}: {dumps(v, indent + 1)}" for k, v in node.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(node, list):
        if all(not isinstance(x, (dict, list)) for x in node) and len(node) <= 10:
            return "[" + ", ".join(dumps(x) for x in node) + "]"
        return "[\n" + ",\n".join(f"{pad}  {dumps(x, indent + 1)}" for x in node) + "\n" + pad + "]"
    if isinstance(node, float):
        return repr(node) if math.isfinite(node) else "null"
    return json.dumps(node)


def differences(old, new, path=""):
    if isinstance(new, dict):
        out = []
        for k in set(old or {}) | set(new):
            out += differences((old or {}).get(k), new.get(k), f"{path}.{k}" if path else k)
        return out
    if isinstance(new, float) and isinstance(old, (int, float)):
        return [] if abs(new - old) <= RELATIVE_TOLERANCE * max(abs(new), 1.0) else [f"{path}: {old} -> {new}"]
    return [] if old == new else [f"{path}: {old} -> {new}"]


def main():
    check = "--check" in sys.argv[1:]
    p = load_parameters()
    rows = load_par_yields()
    maturities = load_maturities()
    failed = False
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/data/golden/*.json"))):
        with open(path) as f:
            case = json.load(f)
        expected = compute(case, rows, maturities, p)
        changed = differences(case.get("expected"), expected)
        name = os.path.basename(path)
        if check:
            failed |= bool(changed)
            print(f"{name}: " + ("differs\n  " + "\n  ".join(sorted(changed)) if changed else "same"))
            continue
        case["expected"] = expected
        with open(path, "w") as f:
            f.write(dumps(case) + "\n")
        n = expected["numbers"]
        print(f"{name}: duplicated {n['duplicated']:,.2f}  XM {n['crossMargined']:,.2f}  r_F {n['rF']:.4f}  "
              f"r_C {n['rC']:.4f}  ({len(changed)} values changed)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
