#pragma once

#include "headlesscommand.h"

namespace acrnet {

// `acr-netadmin inventory [connection] --format json`: prints the whole inventory (complete, or with what could not
// be read under "errors" and exit code 1), each subscription as soon as it is read.
class InventoryCommand : public HeadlessCommand
{
    Q_OBJECT

public:
    InventoryCommand();

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) override;
    int checkOptions(const QCommandLineParser &parser) override;
    bool needsSnapshot() const override { return false; }
    void read(const SubscriptionInventory &inventory, const Cloud &cloud) override;
    int report(const HeadlessRun &run, const Cloud &cloud) override;

private:
    void writeHead(const Cloud &cloud);

    bool m_headWritten = false;
    int m_written = 0; // subscriptions written
    QCommandLineOption m_formatOption;
};

} // namespace acrnet
