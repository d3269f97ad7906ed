#include "resourceid.h"

namespace acrnet {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool ResourceId::hasOnlyIdCharacters(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        fail(error, tr("The resource ID is empty."));
        return false;
    }
    for (const QChar c : text) {
        if (c.isSpace()) {
            fail(error, tr("Not a resource ID: it contains spaces or line breaks."));
            return false;
        }
        // Characters no ARM resource name has, and which would change a URL's meaning.
        if (c.category() == QChar::Other_Control || QStringLiteral("@?#%\\").contains(c)) {
            fail(error, tr("Not a resource ID: it contains '%1', which no resource name has.").arg(c));
            return false;
        }
    }
    return true;
}

ResourceId ResourceId::parse(const QString &text, QString *error)
{
    const QString &trimmed = text; // strict: what is accepted prints back as an ID that parses the same
    ResourceId id;
    if (!hasOnlyIdCharacters(trimmed, error))
        return {};
    if (!trimmed.startsWith(QLatin1Char('/'))) {
        fail(error, tr("Not a resource ID: it must start with /subscriptions/."));
        return {};
    }
    QStringList parts = trimmed.mid(1).split(QLatin1Char('/'));
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast(); // tolerate one trailing slash
    if (parts.contains(QString())) {
        fail(error, tr("Not a resource ID: it contains an empty segment (//)."));
        return {};
    }
    int i = 0;
    auto is = [&](int at, const char *word) {
        return at < parts.size() && parts.at(at).compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    };
    if (!is(0, "subscriptions")) {
        fail(error, tr("Not a resource ID: it must start with /subscriptions/."));
        return {};
    }
    if (parts.size() < 2) {
        fail(error, tr("Not a resource ID: the subscription ID is missing after /subscriptions/."));
        return {};
    }
    id.m_subscriptionId = parts.at(1);
    i = 2;
    if (is(i, "resourceGroups")) {
        if (i + 1 >= parts.size()) {
            fail(error, tr("Not a resource ID: the resource group name is missing after /resourceGroups/."));
            return {};
        }
        id.m_resourceGroup = parts.at(i + 1);
        i += 2;
    }
    if (i < parts.size()) {
        if (!is(i, "providers")) {
            fail(error, tr("Not a resource ID: unexpected segment \"%1\" (expected /resourceGroups/ or /providers/).")
                            .arg(parts.at(i)));
            return {};
        }
        if (i + 1 >= parts.size()) {
            fail(error, tr("Not a resource ID: the provider namespace is missing after /providers/."));
            return {};
        }
        id.m_providerNamespace = parts.at(i + 1);
        i += 2;
        if (i >= parts.size() && !id.m_resourceGroup.isEmpty()) {
            // /subscriptions/{s}/providers/{ns} is a provider; under a resource group, a namespace alone names
            // nothing.
            fail(error, tr("Not a resource ID: /providers/%1 is not followed by a resource type and name.")
                            .arg(id.m_providerNamespace));
            return {};
        }
        while (i < parts.size()) {
            if (i + 1 >= parts.size()) {
                fail(error, tr("Not a resource ID: the type \"%1\" has no name after it.").arg(parts.at(i)));
                return {};
            }
            id.m_segments.append({parts.at(i), parts.at(i + 1)});
            i += 2;
        }
    }
    id.settle();
    return id;
}

ResourceId ResourceId::parseOfType(const QString &text, const QString &fullType, QString *error)
{
    QString parseError;
    ResourceId id = parse(text, &parseError);
    const QStringList want = fullType.split(QLatin1Char('/'));
    const QString what = want.last().endsWith(QLatin1Char('s')) ? want.last().chopped(1) : want.last();
    if (!id.isValid()) {
        fail(error, tr("Not a %1 ID: %2").arg(what, parseError));
        return {};
    }
    if (id.isOfType(fullType))
        return id;
    if (id.m_providerNamespace.isEmpty()) {
        fail(error, tr("Not a %1 ID: it names no resource (missing /providers/%2/...).").arg(what, want.first()));
        return {};
    }
    if (id.m_providerNamespace.compare(want.first(), Qt::CaseInsensitive) != 0) {
        fail(
            error,
            tr("Not a %1 ID: it belongs to provider %2, expected %3.").arg(what, id.m_providerNamespace, want.first()));
        return {};
    }
    if (id.m_resourceGroup.isEmpty()) {
        fail(error, tr("Not a %1 ID: the resource group is missing.").arg(what));
        return {};
    }
    // Same provider, wrong chain: name the first type that is missing or different.
    for (int k = 1; k < want.size(); ++k) {
        const int seg = k - 1;
        if (seg >= id.m_segments.size()) {
            fail(error, tr("Not a %1 ID: missing /%2/{name}.").arg(what, want.at(k)));
            return {};
        }
        if (id.m_segments.at(seg).type.compare(want.at(k), Qt::CaseInsensitive) != 0) {
            fail(error, tr("Not a %1 ID: found /%2/ where /%3/ was expected.")
                            .arg(what, id.m_segments.at(seg).type, want.at(k)));
            return {};
        }
    }
    fail(error, tr("Not a %1 ID: it names a child resource (%2).").arg(what, id.fullType()));
    return {};
}

ResourceId ResourceId::parseSubnet(const QString &text, QString *error)
{
    return parseOfType(text, ResourceTypes::subnet(), error);
}

ResourceId ResourceId::parseRegistry(const QString &text, QString *error)
{
    return parseOfType(text, ResourceTypes::registry(), error);
}

ResourceId ResourceId::forSubscription(const QString &subscriptionId)
{
    ResourceId id;
    id.m_subscriptionId = subscriptionId;
    id.settle();
    return id;
}

ResourceId ResourceId::forResourceGroup(const QString &subscriptionId, const QString &resourceGroup)
{
    ResourceId id = forSubscription(subscriptionId);
    id.m_resourceGroup = resourceGroup;
    id.settle();
    return id;
}

ResourceId ResourceId::forResource(const QString &subscriptionId, const QString &resourceGroup,
                                   const QString &providerNamespace, const QList<Segment> &segments)
{
    ResourceId id = forResourceGroup(subscriptionId, resourceGroup);
    id.m_providerNamespace = providerNamespace;
    id.m_segments = segments;
    id.settle();
    return id;
}

ResourceId ResourceId::forSubnet(const QString &subscriptionId, const QString &resourceGroup, const QString &vnet,
                                 const QString &subnet)
{
    return forResource(subscriptionId, resourceGroup, QStringLiteral("Microsoft.Network"),
                       {{QStringLiteral("virtualNetworks"), vnet}, {QStringLiteral("subnets"), subnet}});
}

ResourceId ResourceId::forRegistry(const QString &subscriptionId, const QString &resourceGroup, const QString &name)
{
    return forResource(subscriptionId, resourceGroup, QStringLiteral("Microsoft.ContainerRegistry"),
                       {{QStringLiteral("registries"), name}});
}

QString ResourceId::fullType() const
{
    if (m_providerNamespace.isEmpty())
        return {};
    QString type = m_providerNamespace;
    for (const Segment &s : m_segments)
        type += QLatin1Char('/') + s.type;
    return type;
}

bool ResourceId::isOfType(const QString &type) const
{
    return !m_segments.isEmpty() && fullType().compare(type, Qt::CaseInsensitive) == 0;
}

QString ResourceId::name() const
{
    if (!m_segments.isEmpty())
        return m_segments.last().name;
    if (!m_providerNamespace.isEmpty())
        return m_providerNamespace;
    if (!m_resourceGroup.isEmpty())
        return m_resourceGroup;
    return m_subscriptionId;
}

ResourceId ResourceId::parent() const
{
    ResourceId p = *this;
    if (!p.m_segments.isEmpty()) {
        p.m_segments.removeLast();
        if (p.m_segments.isEmpty())
            p.m_providerNamespace.clear();
    } else if (!p.m_providerNamespace.isEmpty()) {
        p.m_providerNamespace.clear();
    } else if (!p.m_resourceGroup.isEmpty()) {
        p.m_resourceGroup.clear();
    } else {
        return {};
    }
    p.settle();
    return p;
}

// The canonical text, built once per ID in one allocation of the exact size: every copy of the ID (the tree, the
// tables, the snapshot, the audit) then shares it instead of building its own.
void ResourceId::settle()
{
    m_text.clear();
    m_key.clear();
    if (!isValid())
        return;
    qsizetype size = 15 + m_subscriptionId.size();
    if (!m_resourceGroup.isEmpty())
        size += 16 + m_resourceGroup.size();
    if (!m_providerNamespace.isEmpty()) {
        size += 11 + m_providerNamespace.size();
        for (const Segment &seg : std::as_const(m_segments))
            size += 2 + seg.type.size() + seg.name.size();
    }
    m_text.reserve(size);
    m_text += QLatin1String("/subscriptions/") + m_subscriptionId;
    if (!m_resourceGroup.isEmpty())
        m_text += QLatin1String("/resourceGroups/") + m_resourceGroup;
    if (!m_providerNamespace.isEmpty()) {
        m_text += QLatin1String("/providers/") + m_providerNamespace;
        for (const Segment &seg : std::as_const(m_segments))
            m_text += QLatin1Char('/') + seg.type + QLatin1Char('/') + seg.name;
    }
    Q_ASSERT(m_text.size() == size);
    m_key = m_text.toLower(); // shares m_text when nothing changes case
}

size_t ResourceId::hash(size_t seed) const
{
    // Case-insensitive like operator==, without building the lower-case key.
    size_t h = seed;
    for (const QChar c : m_text)
        h = h * 31 + c.toLower().unicode();
    return h;
}

} // namespace acrnet
