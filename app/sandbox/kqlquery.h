#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace acrnet::sandbox {

// The subset of the Kusto query language the sandbox's Resource Graph understands:
//   <table> | where <predicate> | project a, b = x.y, c = tostring(x.z) | order by a [asc|desc] | limit N
// Predicates: <expr> (== | =~ | != | !~ | contains | in | in~ | !in) <literal or (list)>, combined with and/or
// and parentheses; expressions are columns, dotted paths, tostring()/tolower(). Anything else is refused with
// a parse error, as Resource Graph refuses queries it cannot run.
class KqlQuery
{
public:
    struct Expr;
    struct Predicate;
    struct Stage; // one "| operator …" of the query

    static std::optional<KqlQuery> parse(const QString &text, QString *error);
    ~KqlQuery();
    KqlQuery(KqlQuery &&) noexcept;
    KqlQuery &operator=(KqlQuery &&) noexcept;

    QString table() const { return m_table; }
    // Filters, projects and orders rows; `limit` is applied too.
    QJsonArray run(const QJsonArray &rows) const;

private:
    KqlQuery();
    QString m_table;
    std::vector<std::unique_ptr<Stage>> m_stages;
};

} // namespace acrnet::sandbox
