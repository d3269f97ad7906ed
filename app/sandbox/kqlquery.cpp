#include "kqlquery.h"

#include <QCollator>
#include <algorithm>

namespace acrnet::sandbox {

namespace {

struct Token
{
    enum Kind { Word, String, Number, Symbol, End } kind = End;
    QString text;
};

QList<Token> tokenize(const QString &s, QString *error)
{
    QList<Token> out;
    int i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            int j = i + 1;
            QString text;
            while (j < s.size() && s.at(j) != c) {
                if (s.at(j) == QLatin1Char('\\') && j + 1 < s.size())
                    ++j;
                text += s.at(j++);
            }
            if (j >= s.size()) {
                *error = QStringLiteral("unterminated string literal at position %1").arg(i);
                return {};
            }
            out.append({Token::String, text});
            i = j + 1;
        } else if (c.isDigit()) {
            int j = i;
            while (j < s.size() && s.at(j).isDigit())
                ++j;
            out.append({Token::Number, s.mid(i, j - i)});
            i = j;
        } else if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$')) {
            int j = i;
            while (j < s.size() && (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('_') ||
                                    s.at(j) == QLatin1Char('-') || s.at(j) == QLatin1Char('$')))
                ++j;
            if (s.mid(i, j - i).compare(QLatin1String("in"), Qt::CaseInsensitive) == 0 && j < s.size() &&
                s.at(j) == QLatin1Char('~'))
                ++j; // the case-insensitive "in~" operator
            out.append({Token::Word, s.mid(i, j - i)});
            i = j;
        } else {
            static const QStringList two{QStringLiteral("=="), QStringLiteral("=~"), QStringLiteral("!="),
                                         QStringLiteral("!~")};
            const QString pair = s.mid(i, 2);
            if (two.contains(pair)) {
                out.append({Token::Symbol, pair});
                i += 2;
            } else if (QStringLiteral("|(),.=!").contains(c)) {
                out.append({Token::Symbol, QString(c)});
                ++i;
            } else {
                *error = QStringLiteral("unexpected character '%1' at position %2").arg(c).arg(i);
                return {};
            }
        }
    }
    out.append({Token::End, QString()});
    return out;
}

} // namespace

struct KqlQuery::Expr
{
    QString function; // "", tostring, tolower
    QStringList path; // column and nested keys
    QJsonValue evaluate(const QJsonObject &row) const
    {
        QJsonValue v = row.value(path.value(0));
        for (int i = 1; i < path.size(); ++i)
            v = v.toObject().value(path.at(i));
        if (function == QLatin1String("tostring"))
            return v.isString() ? v
                                : QJsonValue(v.isUndefined() || v.isNull() ? QString() : QString::number(v.toDouble()));
        if (function == QLatin1String("tolower"))
            return v.toString().toLower();
        return v;
    }
};

struct KqlQuery::Predicate
{
    enum Kind { Compare, And, Or } kind = Compare;
    Expr left;
    QString op;
    QStringList values;
    std::unique_ptr<Predicate> a, b;

    bool test(const QJsonObject &row) const
    {
        if (kind == And)
            return a->test(row) && b->test(row);
        if (kind == Or)
            return a->test(row) || b->test(row);
        const QString v = left.evaluate(row).toVariant().toString();
        const bool ci = op == QLatin1String("=~") || op == QLatin1String("!~") || op == QLatin1String("in~") ||
                        op == QLatin1String("contains");
        const Qt::CaseSensitivity cs = ci ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (op == QLatin1String("contains"))
            return v.contains(values.value(0), Qt::CaseInsensitive);
        bool any = false;
        for (const QString &x : values)
            any = any || v.compare(x, cs) == 0;
        return op.startsWith(QLatin1Char('!')) ? !any : any;
    }
};

struct KqlQuery::Stage
{
    enum Kind { Where, Project, Order, Limit } kind = Where;
    std::unique_ptr<Predicate> predicate;
    QList<QPair<QString, Expr>> columns;
    QList<QPair<Expr, bool>> order; // descending?
    int limit = 0;
};

namespace {

class Parser
{
public:
    // "project a, b = expr, …": each column keeps its name unless given an alias.
    void projection(KqlQuery::Stage &stage)
    {
        do {
            if (isSymbol(","))
                next();
            QString alias; // "alias = expr", or a column that keeps its name
            auto e = expr();
            if (!e)
                break;
            if (isSymbol("=")) {
                next();
                alias = e->path.value(0);
                e = expr();
                if (!e)
                    break;
            } else {
                alias = e->path.last();
            }
            stage.columns.append({alias, *e});
        } while (isSymbol(","));
    }
    // "order by expr [asc|desc], …" (descending unless asked).
    void ordering(KqlQuery::Stage &stage)
    {
        do {
            if (isSymbol(","))
                next();
            auto e = expr();
            if (!e)
                break;
            bool descending = true; // Kusto's default
            if (isWord("asc")) {
                descending = false;
                next();
            } else if (isWord("desc")) {
                next();
            }
            stage.order.append({*e, descending});
        } while (isSymbol(","));
    }

    Parser(QList<Token> tokens)
        : m_t(std::move(tokens))
    {}
    QString error;

    const Token &peek() const { return m_t.at(m_i); }
    Token next() { return m_t.at(m_i < m_t.size() - 1 ? m_i++ : m_i); }
    bool isSymbol(const char *s) const { return peek().kind == Token::Symbol && peek().text == QLatin1String(s); }
    bool isWord(const char *s) const
    {
        return peek().kind == Token::Word && peek().text.compare(QLatin1String(s), Qt::CaseInsensitive) == 0;
    }
    bool expectSymbol(const char *s)
    {
        if (isSymbol(s)) {
            next();
            return true;
        }
        fail(QStringLiteral("expected '%1' but found '%2'").arg(QLatin1String(s), peek().text));
        return false;
    }
    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    std::optional<KqlQuery::Expr> expr()
    {
        KqlQuery::Expr e;
        if (peek().kind != Token::Word) {
            fail(QStringLiteral("expected a column name but found '%1'").arg(peek().text));
            return std::nullopt;
        }
        const QString first = next().text;
        if (isSymbol("(")) {
            if (first != QLatin1String("tostring") && first != QLatin1String("tolower")) {
                fail(QStringLiteral("function '%1' is not supported").arg(first));
                return std::nullopt;
            }
            next();
            auto inner = expr();
            if (!inner || !expectSymbol(")"))
                return std::nullopt;
            inner->function = first;
            return inner;
        }
        e.path << first;
        while (isSymbol(".")) {
            next();
            if (peek().kind != Token::Word) {
                fail(QStringLiteral("expected a property name after '.'"));
                return std::nullopt;
            }
            e.path << next().text;
        }
        return e;
    }

    std::unique_ptr<KqlQuery::Predicate> primary()
    {
        if (isSymbol("(")) {
            next();
            auto p = disjunction();
            if (!p || !expectSymbol(")"))
                return nullptr;
            return p;
        }
        auto left = expr();
        if (!left)
            return nullptr;
        auto p = std::make_unique<KqlQuery::Predicate>();
        p->left = *left;
        const Token op = next();
        QString name = op.text;
        if (op.kind == Token::Symbol && name == QLatin1String("!") && isWord("in")) {
            next();
            name = QStringLiteral("!in");
        } else if (op.kind == Token::Word && name == QLatin1String("in") && isSymbol("~")) {
            name = QStringLiteral("in~");
        } else if (op.kind == Token::Word && name.compare(QLatin1String("in~"), Qt::CaseInsensitive) == 0) {
            name = QStringLiteral("in~");
        }
        static const QStringList ops{QStringLiteral("=="),  QStringLiteral("=~"),       QStringLiteral("!="),
                                     QStringLiteral("!~"),  QStringLiteral("contains"), QStringLiteral("in"),
                                     QStringLiteral("in~"), QStringLiteral("!in")};
        if (!ops.contains(name)) {
            fail(QStringLiteral("operator '%1' is not supported").arg(op.text));
            return nullptr;
        }
        p->op = name;
        if (name.contains(QLatin1String("in"))) {
            if (!expectSymbol("("))
                return nullptr;
            while (!isSymbol(")")) {
                if (peek().kind != Token::String && peek().kind != Token::Number) {
                    fail(QStringLiteral("expected a literal in the list"));
                    return nullptr;
                }
                p->values << next().text;
                if (isSymbol(","))
                    next();
                else if (!isSymbol(")")) {
                    fail(QStringLiteral("expected ',' or ')' in the list"));
                    return nullptr;
                }
            }
            next();
        } else {
            if (peek().kind != Token::String && peek().kind != Token::Number) {
                fail(QStringLiteral("expected a literal after '%1'").arg(name));
                return nullptr;
            }
            p->values << next().text;
        }
        return p;
    }

    std::unique_ptr<KqlQuery::Predicate> conjunction()
    {
        auto left = primary();
        while (left && isWord("and")) {
            next();
            auto right = primary();
            if (!right)
                return nullptr;
            auto both = std::make_unique<KqlQuery::Predicate>();
            both->kind = KqlQuery::Predicate::And;
            both->a = std::move(left);
            both->b = std::move(right);
            left = std::move(both);
        }
        return left;
    }

    std::unique_ptr<KqlQuery::Predicate> disjunction()
    {
        auto left = conjunction();
        while (left && isWord("or")) {
            next();
            auto right = conjunction();
            if (!right)
                return nullptr;
            auto either = std::make_unique<KqlQuery::Predicate>();
            either->kind = KqlQuery::Predicate::Or;
            either->a = std::move(left);
            either->b = std::move(right);
            left = std::move(either);
        }
        return left;
    }

private:
    QList<Token> m_t;
    int m_i = 0;
};

} // namespace

KqlQuery::KqlQuery() = default;
KqlQuery::~KqlQuery() = default;
KqlQuery::KqlQuery(KqlQuery &&) noexcept = default;
KqlQuery &KqlQuery::operator=(KqlQuery &&) noexcept = default;

std::optional<KqlQuery> KqlQuery::parse(const QString &text, QString *error)
{
    QString tokenError;
    const QList<Token> tokens = tokenize(text, &tokenError);
    if (!tokenError.isEmpty()) {
        *error = tokenError;
        return std::nullopt;
    }
    Parser p(tokens);
    KqlQuery q;
    if (p.peek().kind != Token::Word) {
        *error = QStringLiteral("the query must start with a table name");
        return std::nullopt;
    }
    q.m_table = p.next().text.toLower();
    if (q.m_table != QLatin1String("resources") && q.m_table != QLatin1String("resourcecontainers")) {
        *error = QStringLiteral("table '%1' is not supported (use resources or resourcecontainers)").arg(q.m_table);
        return std::nullopt;
    }
    while (p.error.isEmpty() && p.isSymbol("|")) {
        p.next();
        auto stage = std::make_unique<Stage>();
        if (p.isWord("where")) {
            p.next();
            stage->kind = Stage::Where;
            stage->predicate = p.disjunction();
        } else if (p.isWord("project")) {
            p.next();
            stage->kind = Stage::Project;
            p.projection(*stage);
        } else if (p.isWord("order") || p.isWord("sort")) {
            p.next();
            if (!p.isWord("by")) {
                p.fail(QStringLiteral("expected 'by' after 'order'"));
                break;
            }
            p.next();
            stage->kind = Stage::Order;
            p.ordering(*stage);
        } else if (p.isWord("limit") || p.isWord("take")) {
            p.next();
            stage->kind = Stage::Limit;
            if (p.peek().kind != Token::Number) {
                p.fail(QStringLiteral("expected a number after limit"));
                break;
            }
            stage->limit = p.next().text.toInt();
        } else {
            p.fail(QStringLiteral("operator '%1' is not supported by the sandbox").arg(p.peek().text));
            break;
        }
        q.m_stages.push_back(std::move(stage));
    }
    if (p.error.isEmpty() && p.peek().kind != Token::End)
        p.fail(QStringLiteral("unexpected '%1'").arg(p.peek().text));
    if (!p.error.isEmpty()) {
        *error = p.error;
        return std::nullopt;
    }
    return q;
}

QJsonArray KqlQuery::run(const QJsonArray &input) const
{
    QList<QJsonObject> rows;
    for (const QJsonValue &v : input)
        rows.append(v.toObject());
    for (const auto &stage : m_stages) {
        switch (stage->kind) {
        case Stage::Where: {
            QList<QJsonObject> kept;
            for (const QJsonObject &row : std::as_const(rows)) {
                if (stage->predicate->test(row))
                    kept.append(row);
            }
            rows = kept;
            break;
        }
        case Stage::Project:
            for (QJsonObject &row : rows) {
                QJsonObject out;
                for (const auto &c : stage->columns)
                    out.insert(c.first, c.second.evaluate(row));
                row = out;
            }
            break;
        case Stage::Order: {
            const auto order = stage->order;
            std::stable_sort(rows.begin(), rows.end(), [&order](const QJsonObject &a, const QJsonObject &b) {
                for (const auto &o : order) {
                    const QString x = o.first.evaluate(a).toVariant().toString();
                    const QString y = o.first.evaluate(b).toVariant().toString();
                    const int c = x.compare(y, Qt::CaseInsensitive);
                    if (c != 0)
                        return o.second ? c > 0 : c < 0;
                }
                return false;
            });
            break;
        }
        case Stage::Limit:
            rows = rows.mid(0, stage->limit);
            break;
        }
    }
    QJsonArray out;
    for (const QJsonObject &row : std::as_const(rows))
        out.append(row);
    return out;
}

} // namespace acrnet::sandbox
