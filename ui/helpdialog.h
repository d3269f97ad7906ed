#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace acrnet {

// Help → User guide (F1): the README shipped inside the app, with its topics (the README's sections) listed beside
// it; choosing a topic scrolls to it. Works offline and shows the guide of the version that runs.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QStringList topics() const;
    void showTopic(const QString &topic);

private:
    QListWidget *m_topics;
    QTextBrowser *m_text;
};

} // namespace acrnet
