#include "model_parameters_loader.h"

#include "date_text.h"
#include "input_error.h"
#include "input_text.h"
#include "json_path_reader.h"

#include <QFileInfo>
#include <QJsonArray>

#include "../margin/ficc_exposure.h"

namespace xm::io {
namespace {

constexpr const char* kModel = "xm-2026.1";
constexpr double kHuge = 1e15;

// Reads parameters and records each one with its provenance for display.
class ParameterReader final {
public:
    explicit ParameterReader(const JsonPathReader& json)
        : m_json(json)
    {
    }

    std::vector<ParameterRecord> takeRecords() { return std::move(m_records); }

    // The "value" of the parameter object at `path`, recorded.
    QJsonValue parameter(const QString& path)
    {
        const QJsonObject o = m_json.object(path);
        const QJsonValue v = o.value(QStringLiteral("value"));
        if (v.isUndefined())
            m_json.fail(path + QStringLiteral(".value"), QStringLiteral("a value"));
        record(path, v, o);
        return v;
    }

    void record(const QString& path, const QJsonValue& v, const QJsonObject& o)
    {
        ParameterRecord r;
        r.key = path.toStdString();
        r.value = valueText(v).toStdString();
        r.provenance = static_cast<Provenance>(m_json.choice(path + QStringLiteral(".provenance"),
                                                             o.value(QStringLiteral("provenance")),
                                                             {QStringLiteral("official"), QStringLiteral("calibrated"),
                                                              QStringLiteral("assumed")}));
        r.source = m_json.string(path + QStringLiteral(".source"), o.value(QStringLiteral("source"))).toStdString();
        m_records.push_back(std::move(r));
    }

    double number(const QString& path, double min, double max)
    {
        return m_json.number(path + QStringLiteral(".value"), parameter(path), min, max);
    }
    int integer(const QString& path, int min, int max)
    {
        return m_json.integer(path + QStringLiteral(".value"), parameter(path), min, max);
    }
    bool boolean(const QString& path) { return m_json.boolean(path + QStringLiteral(".value"), parameter(path)); }
    int choice(const QString& path, const QStringList& allowed)
    {
        return m_json.choice(path + QStringLiteral(".value"), parameter(path), allowed);
    }

    QJsonArray array(const QString& path, const QJsonValue& v, int minSize, int maxSize) const
    {
        if (!v.isArray() || v.toArray().size() < minSize || v.toArray().size() > maxSize)
            m_json.fail(path, QStringLiteral("an array of %1 to %2 entries").arg(minSize).arg(maxSize));
        return v.toArray();
    }

    // An ascending list of numbers in [min, max].
    std::vector<double> numbers(const QString& path, int minSize, int maxSize, double min, double max, bool ascending)
    {
        const QString valuePath = path + QStringLiteral(".value");
        const QJsonArray a = array(valuePath, parameter(path), minSize, maxSize);
        std::vector<double> out;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const double x = m_json.number(valuePath + QLatin1Char('.') + QString::number(i), a[i], min, max);
            if (ascending && !out.empty() && !(x > out.back()))
                m_json.fail(valuePath + QLatin1Char('.') + QString::number(i), QStringLiteral("values in ascending order"));
            out.push_back(x);
        }
        return out;
    }

    std::map<std::string, double> numberMap(const QString& path, double min, double max)
    {
        const QString valuePath = path + QStringLiteral(".value");
        const QJsonValue v = parameter(path);
        if (!v.isObject())
            m_json.fail(valuePath, QStringLiteral("an object of symbol: number"));
        std::map<std::string, double> out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out[it.key().toStdString()] = m_json.number(valuePath + QLatin1Char('.') + it.key(), it.value(), min, max);
        return out;
    }

    Date date(const QString& path, const QJsonValue& v) const
    {
        const auto d = parseIsoDate(m_json.string(path, v));
        if (!d)
            m_json.fail(path, QStringLiteral("a date YYYY-MM-DD"));
        return *d;
    }

    const JsonPathReader& json() const { return m_json; }

private:
    static QString valueText(const QJsonValue& v)
    {
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 12);
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.isString())
            return v.toString();
        if (v.isArray())
            return QStringLiteral("%1 entries").arg(v.toArray().size());
        return QStringLiteral("%1 entries").arg(v.toObject().size());
    }

    const JsonPathReader& m_json;
    std::vector<ParameterRecord> m_records;
};

void readFicc(ParameterReader& r, FiccParameters& f)
{
    f.confidence = r.number(QStringLiteral("ficc.confidence"), 0.5, 0.9999);
    f.horizonDays = r.integer(QStringLiteral("ficc.horizonDays"), 1, 20);
    f.lookbackDays = r.integer(QStringLiteral("ficc.lookbackDays"), 250, 10000);
    const QString windowsPath = QStringLiteral("ficc.stressWindows.value");
    const QJsonArray windows = r.array(windowsPath, r.parameter(QStringLiteral("ficc.stressWindows")), 0, 20);
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const QString item = windowsPath + QLatin1Char('.') + QString::number(i);
        const QJsonObject w = windows[i].toObject();
        DateWindow window;
        window.name = r.json().string(item + QStringLiteral(".name"), w.value(QStringLiteral("name"))).toStdString();
        window.first = r.date(item + QStringLiteral(".first"), w.value(QStringLiteral("first")));
        window.last = r.date(item + QStringLiteral(".last"), w.value(QStringLiteral("last")));
        if (!(window.first <= window.last))
            r.json().fail(item + QStringLiteral(".last"), QStringLiteral("a date on or after \"first\""));
        f.stressWindows.push_back(std::move(window));
    }
    f.haircutMaxYears = r.number(QStringLiteral("ficc.haircut.maxYears"), 0.0, 5.0);
    f.haircutPct0to6m = r.number(QStringLiteral("ficc.haircut.pct0to6m"), 0.0, 100.0);
    f.haircutPct6to12m = r.number(QStringLiteral("ficc.haircut.pct6to12m"), 0.0, 100.0);
    f.haircutCorrelation = r.number(QStringLiteral("ficc.haircut.correlation"), -1.0, 1.0);
    f.floorBucketMaxYears = r.numbers(QStringLiteral("ficc.floor.bucketMaxYears"), 1, kMaxMaturityBuckets, 0.0, 1000.0, true);
    f.floorPct = r.numbers(QStringLiteral("ficc.floor.pct"), 1, kMaxMaturityBuckets, 0.0, 100.0, false);
    if (f.floorPct.size() != f.floorBucketMaxYears.size())
        r.json().fail(QStringLiteral("ficc.floor.pct.value"),
                      QStringLiteral("one percentage per bucket (%1)").arg(f.floorBucketMaxYears.size()));
    f.mlaEnabled = r.boolean(QStringLiteral("ficc.mla.enabled"));
    f.mlaThresholdDv01 = r.number(QStringLiteral("ficc.mla.thresholdDv01"), 1.0, kHuge);
    f.mlaImpactBp = r.number(QStringLiteral("ficc.mla.impactBp"), 0.0, 1000.0);
    f.mlaExponent = r.number(QStringLiteral("ficc.mla.exponent"), 0.0, 5.0);
    f.backtestingCharge = r.number(QStringLiteral("ficc.addOns.backtesting"), 0.0, kHuge);
    f.holidayCharge = r.number(QStringLiteral("ficc.addOns.holiday"), 0.0, kHuge);
    f.specialCharge = r.number(QStringLiteral("ficc.addOns.special"), 0.0, kHuge);
}

void readCme(ParameterReader& r, CmeParameters& c)
{
    c.model = r.choice(QStringLiteral("cme.model"), {QStringLiteral("span"), QStringLiteral("hvar")}) == 0
                  ? CmeModel::Span
                  : CmeModel::HVaR;
    c.psrConfidence = r.number(QStringLiteral("cme.psr.confidence"), 0.5, 0.9999);
    c.psrHorizonDays = r.integer(QStringLiteral("cme.psr.horizonDays"), 1, 20);
    c.psrLookbackDays = r.integer(QStringLiteral("cme.psr.lookbackDays"), 100, 10000);
    c.maintenanceOverride = r.numberMap(QStringLiteral("cme.maintenanceOverride"), 0.0, 1e7);
    c.intraSpreadCharge = r.numberMap(QStringLiteral("cme.intraSpreadCharge"), 0.0, 1e7);

    const QString spreadsPath = QStringLiteral("cme.interSpreads");
    const QJsonArray spreads = r.array(spreadsPath + QStringLiteral(".value"), r.parameter(spreadsPath), 0, 200);
    for (qsizetype i = 0; i < spreads.size(); ++i) {
        const QString item = spreadsPath + QStringLiteral(".value.") + QString::number(i);
        const QJsonObject o = spreads[i].toObject();
        const auto& json = r.json();
        InterCommoditySpread s;
        s.priority = json.integer(item + QStringLiteral(".priority"), o.value(QStringLiteral("priority")), 0, 10000);
        s.legA = json.string(item + QStringLiteral(".legA"), o.value(QStringLiteral("legA"))).toStdString();
        s.ratioA = json.number(item + QStringLiteral(".ratioA"), o.value(QStringLiteral("ratioA")), 1e-6, 1000.0);
        s.legB = json.string(item + QStringLiteral(".legB"), o.value(QStringLiteral("legB"))).toStdString();
        s.ratioB = json.number(item + QStringLiteral(".ratioB"), o.value(QStringLiteral("ratioB")), 1e-6, 1000.0);
        s.creditRate = json.number(item + QStringLiteral(".rate"), o.value(QStringLiteral("rate")), 0.0, 1.0);
        if (s.legA == s.legB)
            json.fail(item + QStringLiteral(".legB"), QStringLiteral("a different contract from legA"));
        // An entry may carry its own provenance; otherwise the group's applies.
        QJsonObject provenance = o.contains(QStringLiteral("provenance")) ? o : r.json().object(spreadsPath);
        r.record(item, QJsonValue(QString::fromStdString(s.legA + "/" + s.legB + " " + std::to_string(s.creditRate))),
                 provenance);
        c.interSpreads.push_back(std::move(s));
    }
    c.hrpMultiplier = r.number(QStringLiteral("cme.hrpMultiplier"), 1.0, 3.0);
    c.optionDelta = r.number(QStringLiteral("cme.optionDelta"), 0.0, 1.0);
    c.hvarConfidence = r.number(QStringLiteral("cme.hvar.confidence"), 0.5, 0.9999);
    c.hvarHorizonDays = r.integer(QStringLiteral("cme.hvar.horizonDays"), 1, 20);
    c.hvarLookbackDays = r.integer(QStringLiteral("cme.hvar.lookbackDays"), 250, 10000);
}

void readCrossMargin(ParameterReader& r, CrossMarginParameters& x)
{
    x.cap = r.number(QStringLiteral("xm.cap"), 0.0, 1.0);
    x.rule = static_cast<XmRule>(r.choice(QStringLiteral("xm.rule"), {QStringLiteral("min"), QStringLiteral("each"),
                                                                       QStringLiteral("onepot"), QStringLiteral("legacy")}));
    const QString symbolsPath = QStringLiteral("xm.eligibleCmeSymbols");
    const QJsonArray symbols = r.array(symbolsPath + QStringLiteral(".value"), r.parameter(symbolsPath), 0, 100);
    for (qsizetype i = 0; i < symbols.size(); ++i)
        x.eligibility.cmeSymbols.push_back(
            r.json().string(symbolsPath + QStringLiteral(".value.") + QString::number(i), symbols[i]).toStdString());
    x.eligibility.repoMinCollateralYears = r.number(QStringLiteral("xm.repoMinCollateralYears"), 0.0, 30.0);
    x.legacyClassMaxYears = r.numbers(QStringLiteral("xm.legacy.classMaxYears"), 1, kMaxMaturityBuckets, 0.0, 1000.0, true);
    x.legacyCreditByDistance = r.numbers(QStringLiteral("xm.legacy.creditByDistance"), 0, kMaxMaturityBuckets, 0.0, 1.0, false);
}

} // namespace

ModelParameters loadModelParameters(const QByteArray& json, const QString& fileName)
{
    const JsonPathReader reader(json, fileName);
    if (reader.value(QStringLiteral("format")).toString() != QStringLiteral("xmargin-parameters"))
        reader.fail(QStringLiteral("format"), QStringLiteral("\"xmargin-parameters\""));
    ModelParameters p;
    p.model = reader.string(QStringLiteral("model"), reader.value(QStringLiteral("model"))).toStdString();
    if (p.model != kModel)
        reader.fail(QStringLiteral("model"), QStringLiteral("\"%1\" (the methodology this version implements)").arg(kModel));
    ParameterReader r(reader);
    readFicc(r, p.ficc);
    readCme(r, p.cme);
    readCrossMargin(r, p.xm);
    p.records = r.takeRecords();
    return p;
}

ModelParameters loadModelParameters(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    return loadModelParameters(readInputFile(path, name), name);
}

ModelParameters loadBundledModelParameters()
{
    return loadModelParameters(QStringLiteral(":/parameters/xm-2026.1.json"));
}

} // namespace xm::io
