#include "naturalorder.h"

#include <QCollator>

#include <algorithm>

namespace acrnet {

namespace {

bool isAscii(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// Text between numbers: ASCII without regard to case; anything else by the locale's collation (the C locale has
// none worth the name, so English rules stand in for it).
int compareText(QStringView a, QStringView b)
{
    if (isAscii(a) && isAscii(b))
        return QStringView(a).compare(b, Qt::CaseInsensitive);
    thread_local QCollator collator = [] {
        const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
        QCollator made(locale);
        made.setCaseSensitivity(Qt::CaseInsensitive);
        return made;
    }();
    return collator.compare(a, b);
}

qsizetype runEnd(QStringView s, qsizetype from, bool digits)
{
    while (from < s.size() && s.at(from).isDigit() == digits)
        ++from;
    return from;
}

} // namespace

int naturalCompare(const QString &a, const QString &b)
{
    // Sorting a table compares names that mostly share a start ("snet-app-0…"), or are the same: what is the
    // same in both is skipped, back to the start of the run (digits or text) the first difference falls in.
    // The runs skipped are identical, so they compare equal by every rule below.
    const qsizetype common = std::min(a.size(), b.size());
    qsizetype same = 0;
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    while (same < common && pa[same] == pb[same])
        ++same;
    if (same == a.size() && same == b.size())
        return 0;
    qsizetype start = same;
    if (start > 0) {
        const bool digits = pa[start - 1].isDigit();
        while (start > 0 && pa[start - 1].isDigit() == digits)
            --start;
    }
    qsizetype i = start, j = start;
    while (i < a.size() && j < b.size()) {
        const bool da = a.at(i).isDigit(), db = b.at(j).isDigit();
        if (da != db) // a number sorts before text at the same place
            return da ? -1 : 1;
        const qsizetype ei = runEnd(a, i, da), ej = runEnd(b, j, db);
        if (da) { // by value: skip leading zeros, then the longer run is larger, then digit by digit
            qsizetype si = i, sj = j;
            while (si < ei - 1 && a.at(si) == QLatin1Char('0'))
                ++si;
            while (sj < ej - 1 && b.at(sj) == QLatin1Char('0'))
                ++sj;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            const int c = QStringView(a).mid(si, ei - si).compare(QStringView(b).mid(sj, ej - sj));
            if (c != 0)
                return c;
        } else {
            const int c = compareText(QStringView(a).mid(i, ei - i), QStringView(b).mid(j, ej - j));
            if (c != 0)
                return c < 0 ? -1 : 1;
        }
        i = ei;
        j = ej;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return QString::compare(a, b); // equal by these rules: the plain text decides, so the order is total
}

bool NaturalSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return naturalCompare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace acrnet
