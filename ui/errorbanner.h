#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace acrnet {

// A strip above the tables that lists what could not be loaded (one line each, sorted) with a Retry button;
// hidden while there is nothing to say.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void setProblems(QStringList lines);
    QString text() const; // empty while hidden

signals:
    void retryRequested();

private:
    QLabel *m_label;
};

} // namespace acrnet
