#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace acrnet {

// One shot of the walkthrough capture and what the guide says about it.
struct GuideStep
{
    QString id;     // file name without extension: "01-register-provider"
    QString number; // "1" … "11", or "A" … "C" for what the app refuses
    QString title;
    QString click; // what to click
    QString why;   // what it does and why, with the walkthrough's constraints where they apply
    QString alt;   // the image's alt text
    QString az;    // the equivalent Azure CLI command(s), from the app's own generators (filled by the capture)
    QString file() const { return id + QStringLiteral(".png"); }
};

// The capture's step guide: the walkthrough's texts in the user's language, written as guide.md and a
// self-contained guide.html (images embedded). No date, no clock, no machine name: two runs write the same bytes.
class CaptureGuide
{
    Q_DECLARE_TR_FUNCTIONS(acrnet::CaptureGuide)

public:
    // Seed steps 1–11, then the refusals a course needs (A–C), then the capture of the user's own estate (E1–E5),
    // in guide order.
    static QList<GuideStep> steps();
    // `notes`: what the capture could not show, said under the title.
    static QByteArray markdown(const QList<GuideStep> &steps, const QString &title, const QStringList &notes = {});
    // `imageDir`: where the PNGs are (they are embedded as data URIs).
    static QByteArray html(const QList<GuideStep> &steps, const QString &imageDir, const QString &title,
                           const QStringList &notes = {});
    static QString title();
    static QString ownEstateTitle();

private:
    static QList<GuideStep> seedSteps1To6();
    static QList<GuideStep> seedSteps7To11();
    static QList<GuideStep> refusals();
    static QList<GuideStep> ownEstate();
};

} // namespace acrnet
