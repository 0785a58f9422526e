#pragma once

#include "api/WriteRequest.h"

#include <QCoreApplication>
#include <QList>

namespace pmp::api {

// PUT declinePatches (E30): declines patches for chosen custom groups, each with a reason and remarks.
// The server skips Linux patches; see linuxNotice().
class DeclinePatchesRequest : public WriteRequest
{
    Q_DECLARE_TR_FUNCTIONS(pmp::api::DeclinePatchesRequest)

public:
    enum class Reason : int
    {
        Unspecified = 0, // not chosen yet; refused by validate() ("reasonId is mandatory")
        VendorReportedIssue = 1,
        NotApplicable = 2,
        KnownConflict = 3,
        ManagedAlternatively = 4,
        Other = 5,
    };

    struct Entry
    {
        qint64 patchId = 0;
        Reason reasonId = Reason::Unspecified;
        QString remarks;
        QString platform; // optional; values not documented ("Windows", "Mac", "Linux" as elsewhere)
    };

    // The id goes to the server; the name only into summaries and the journal (E37 lists names, not ids).
    struct CustomGroup
    {
        QString id;
        QString name;
    };

    // "When reasonId is 5, provide a meaningful description": the guide gives no length, a few words
    // are the least that explains anything.
    static constexpr int MinOtherRemarksLength = 10;

    void setEntries(const QList<Entry> &entries) { m_entries = entries; }
    void addEntry(const Entry &entry) { m_entries.append(entry); }
    QList<Entry> entries() const { return m_entries; }
    void setCustomGroups(const QList<CustomGroup> &groups) { m_groups = groups; }
    QList<CustomGroup> customGroups() const { return m_groups; }

    // The documented English reason texts ("Vendor-reported patch issue", ...), translated for display.
    static QString reasonText(Reason reasonId);
    static QString reasonText(int reasonId);
    // What the UI shows next to a decline that includes Linux patches.
    static QString linuxNotice();
    static bool isLinuxPlatform(const QString &platform);
    // The built-in group that already covers every computer (E37 lists it as "All Computers Group").
    static bool isAllComputersGroup(const QString &name);
    bool hasLinuxPatches() const;
    bool includesAllComputersGroup() const;

    OperationId operation() const override { return OperationId::DeclinePatches; }
    ApiError validate(const QDateTime &now) const override;
    QJsonObject body() const override;
    QString summary() const override;
    QStringList targets() const override;
    int targetCount() const override;

private:
    ApiError validateEntries() const;
    ApiError validateGroups() const;

    QList<Entry> m_entries;
    QList<CustomGroup> m_groups;
};

} // namespace pmp::api
