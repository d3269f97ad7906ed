#pragma once

#include <QAbstractItemModel>
#include <QVariant>
#include <utility>

namespace acrnet {

class Redactor;

// Presentation mode in a view's model. Every model a view shows is created as Presented<TheModel>: in presentation
// mode every text a view can show or read out — display, tooltip, status tip, What's This, edit text, accessible
// text and description, header titles — goes through the Redactor; otherwise it passes through untouched. The
// model's own roles (Qt::UserRole and above: resource IDs, keys, values) are never shown by a view and pass through,
// so an action on a row keeps working on the real resource. The redaction sits in the view's own model, not in a
// proxy above it, so the indexes the app and the view exchange stay those of the model the app knows.
class RedactionTarget
{
public:
    virtual ~RedactionTarget() = default;
    // nullptr: presentation mode off. The redactor must outlive the model or be replaced first. Always tells the
    // views that every text may have changed (a new key or new domains change them with the same redactor).
    virtual void setRedactor(const Redactor *redactor) = 0;

    // Whether a role holds text a view shows or reads out.
    static bool isShownRole(int role);
    // The value with its text (a string or a list of strings) redacted.
    static QVariant redacted(const Redactor &redactor, const QVariant &value);
    // Tells a model's views that every text may have changed (rows, order and selection do not).
    static void announceAllChanged(QAbstractItemModel *model);
};

template<class Model> class Presented : public Model, public RedactionTarget
{
public:
    template<typename... Args>
    explicit Presented(Args &&...args)
        : Model(std::forward<Args>(args)...)
    {}

    void setRedactor(const Redactor *redactor) override
    {
        m_redactor = redactor;
        announceAllChanged(this);
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const QVariant value = Model::data(index, role);
        return m_redactor && isShownRole(role) ? redacted(*m_redactor, value) : value;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        const QVariant value = Model::headerData(section, orientation, role);
        return m_redactor && isShownRole(role) ? redacted(*m_redactor, value) : value;
    }

private:
    const Redactor *m_redactor = nullptr;
};

} // namespace acrnet
