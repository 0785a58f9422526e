// Every translation file is finished and faithful to its source: no unfinished, empty, vanished or
// obsolete message; every placeholder (%1…%99, %n, %L1, %Ln) of the source and no other in each
// translation and in each plural form; a mnemonic (&) where the source has one; the plural form count
// of the language; and the same messages in every language. patchdeck_en.ts holds the English plural
// forms only (lupdate -pluralonly). The files are read from the source tree (PATCHDECK_TRANSLATIONS_DIR).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translations << xml.readElementText();
                ts.messages << m;
            } else {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
                ts.messages << m;
            }
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

// Mnemonics: "&" before a character that is not a space, another "&" (a literal "&&") or an HTML entity.
int mnemonics(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?![&\\s])(?![a-zA-Z]+;|#[0-9]+;)"));
    QString t = text;
    t.remove(QLatin1String("&&"));
    int n = 0;
    for (auto it = re.globalMatch(t); it.hasNext(); it.next())
        ++n;
    return n;
}

int pluralForms(const QString &language)
{
    return language.startsWith(QLatin1String("ja")) ? 1 : 2;
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(" | ") + m.source.left(80);
}

QDir translationsDir()
{
    return QDir(QStringLiteral(PATCHDECK_TRANSLATIONS_DIR));
}

const QStringList languages{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ja")};

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageHasItsFile()
    {
        const QStringList files = translationsDir().entryList({QStringLiteral("patchdeck_*.ts")}, QDir::Files);
        for (const QString &l : languages + QStringList{QStringLiteral("en")})
            QVERIFY2(files.contains(QStringLiteral("patchdeck_%1.ts").arg(l)), qPrintable(l));
    }

    void everyMessageIsFinishedAndFaithful_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : languages)
            QTest::newRow(qPrintable(l)) << l;
    }

    void everyMessageIsFinishedAndFaithful()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(translationsDir().filePath(QStringLiteral("patchdeck_%1.ts").arg(language)));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(ts.language.startsWith(language));
        QVERIFY2(ts.messages.size() > 1000, qPrintable(QString::number(ts.messages.size())));
        QStringList problems;
        for (const Message &m : ts.messages) {
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1: %2").arg(m.type, where(m));
            if (m.numerus && m.translations.size() != pluralForms(language))
                problems << QStringLiteral("%1 plural forms, %2 expected: %3")
                                .arg(m.translations.size())
                                .arg(pluralForms(language))
                                .arg(where(m));
            for (const QString &t : m.translations) {
                if (t.isEmpty()) {
                    problems << QStringLiteral("empty: ") + where(m);
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders %1 instead of %2: %3 -> %4")
                                    .arg(placeholders(t).join(QLatin1Char(' ')),
                                         placeholders(m.source).join(QLatin1Char(' ')), where(m), t.left(80));
                if (mnemonics(t) != mnemonics(m.source))
                    problems << QStringLiteral("%1 mnemonics instead of %2: %3 -> %4")
                                    .arg(mnemonics(t))
                                    .arg(mnemonics(m.source))
                                    .arg(where(m), t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, first ones:\n").arg(problems.size()) +
                                                problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // The same messages everywhere: a language updated without the others would show English in part.
    void everyLanguageHasTheSameMessages()
    {
        QSet<QString> reference;
        for (const Message &m : readTs(translationsDir().filePath(QStringLiteral("patchdeck_de.ts"))).messages)
            reference.insert(m.context + QLatin1Char('\n') + m.source);
        QVERIFY(!reference.isEmpty());
        for (const QString &l : languages) {
            QSet<QString> keys;
            for (const Message &m :
                 readTs(translationsDir().filePath(QStringLiteral("patchdeck_%1.ts").arg(l))).messages)
                keys.insert(m.context + QLatin1Char('\n') + m.source);
            QVERIFY2(
                keys == reference,
                qPrintable(l + QStringLiteral(": ") + QStringList((keys - reference).values()).join(QLatin1Char(' ')) +
                           QStringLiteral(" / ") + QStringList((reference - keys).values()).join(QLatin1Char(' '))));
        }
    }

    // English needs exactly the plural messages, each with a singular and a plural form.
    void englishHoldsEveryPluralForm()
    {
        const TsFile en = readTs(translationsDir().filePath(QStringLiteral("patchdeck_en.ts")));
        QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
        QSet<QString> plurals;
        for (const Message &m : readTs(translationsDir().filePath(QStringLiteral("patchdeck_de.ts"))).messages)
            if (m.numerus)
                plurals.insert(m.context + QLatin1Char('\n') + m.source);
        QVERIFY(plurals.size() >= 40);
        QSet<QString> english;
        QStringList problems;
        for (const Message &m : en.messages) {
            english.insert(m.context + QLatin1Char('\n') + m.source);
            if (!m.numerus || !m.type.isEmpty() || m.translations.size() != 2)
                problems << QStringLiteral("not a finished plural message: ") + where(m);
            for (const QString &t : m.translations)
                if (t.isEmpty() || placeholders(t) != placeholders(m.source) || t.contains(QLatin1String("(s)")))
                    problems << QStringLiteral("form \"%1\" of %2").arg(t, where(m));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(english, plurals);
    }

    // Without any language installed, English counts read right: the English plural forms are installed
    // at start-up in every program that links pd_api (this test included).
    void englishCountsWithoutAnyLanguage()
    {
        QCOMPARE(QCoreApplication::translate("pmp::models::Nouns", "%Ln computer(s)", nullptr, 1),
                 QStringLiteral("1 computer"));
        QCOMPARE(QCoreApplication::translate("pmp::models::Nouns", "%Ln computer(s)", nullptr, 2),
                 QStringLiteral("2 computers"));
        QCOMPARE(QCoreApplication::translate("pmp::models::Nouns", "%Ln policy(-ies)", nullptr, 3),
                 QStringLiteral("3 policies"));
        QCOMPARE(QCoreApplication::translate("pmp::ui::ApdTaskDialog", " day(s)", nullptr, 1), QStringLiteral(" day"));
    }

    // The checks themselves catch what they are for.
    void theChecksSeeMistakes()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %2 %Ln")),
                 (QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%Ln")}));
        QVERIFY(placeholders(QStringLiteral("%1 von %3")) != placeholders(QStringLiteral("%1 of %2")));
        QCOMPARE(mnemonics(QStringLiteral("&File")), 1);
        QCOMPARE(mnemonics(QStringLiteral("ファイル(&F)")), 1);
        QCOMPARE(mnemonics(QStringLiteral("Tom && Jerry")), 0);
        QCOMPARE(mnemonics(QStringLiteral("a &amp; b, R&D")), 1);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
