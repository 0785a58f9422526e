#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace pmp::models {

// Interns strings so a column of 50,000 "Windows 11 Professional Edition (x64)" costs one string and
// 50,000 indexes. Index 0 is the empty string.
class StringPool
{
public:
    StringPool() { m_strings.append(QString()); m_index.insert(QString(), 0); }

    quint32 intern(const QString &s)
    {
        const auto it = m_index.constFind(s);
        if (it != m_index.constEnd())
            return it.value();
        const quint32 id = quint32(m_strings.size());
        m_strings.append(s);
        m_index.insert(s, id);
        return id;
    }
    const QString &at(quint32 id) const { return m_strings.at(qsizetype(id)); }
    qsizetype size() const { return m_strings.size(); }
    void clear()
    {
        m_strings.clear();
        m_index.clear();
        m_strings.append(QString());
        m_index.insert(QString(), 0);
    }

private:
    QList<QString> m_strings;
    QHash<QString, quint32> m_index;
};

} // namespace pmp::models
