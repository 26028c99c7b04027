// Started and killed by tst_atomic_save: saves generation after generation of a large
// portfolio document to one path the way the app saves (io::savePortfolioDocument, which
// DocumentController::saveTo calls: the portfolio serializer, then io::saveAtomically), until
// it is killed. Prints "writing <k>" once generation k is serialized and its write begins, and
// "saved <k>" once the write is done.
//
// save_loop_helper <path> <first generation>
#include "save_generation.h"

#include "core/io/atomic_save.h"
#include "core/io/portfolio_json.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <exception>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool ok = false;
    const int first = arguments.value(2).toInt(&ok);
    if (arguments.size() != 3 || !ok) {
        std::fprintf(stderr, "usage: save_loop_helper <path> <first generation>\n");
        return 2;
    }
    try {
        for (int generation = first;; ++generation) {
            const QByteArray json = xm::io::writePortfolioDocument(xm::test::savedGeneration(generation));
            std::printf("writing %d\n", generation);
            std::fflush(stdout);
            xm::io::saveAtomically(arguments[1], json);
            std::printf("saved %d\n", generation);
            std::fflush(stdout);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "save_loop_helper: %s\n", error.what());
        return 1;
    }
}
