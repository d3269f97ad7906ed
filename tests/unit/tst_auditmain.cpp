// One executable for the audit's unit tests (checks, evaluator, report): each class runs in turn, and the exit code
// counts the failures of all of them.
#include <QtTest>
#include <memory>

QObject *makeTestAuditChecks();
QObject *makeTestAccessEvaluator();
QObject *makeTestAuditReport();

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (auto make : {makeTestAuditChecks, makeTestAccessEvaluator, makeTestAuditReport}) {
        std::unique_ptr<QObject> test(make());
        failures += QTest::qExec(test.get(), argc, argv);
    }
    return failures;
}
