#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace funnelcast::ui {

// Chooses the interface language and installs the translators: Funnelcast's own
// (":/i18n/funnelcast_<lang>.qm") and Qt's (qtbase_<lang>.qm, for standard dialogs and buttons).
// The choice is, in order: an explicit --lang, the one saved from View > Language, the system
// locale (Korean if the system is Korean, else English).
class LanguageManager
{
public:
    static QStringList supportedLanguages(); // "en", "ko"
    static bool isSupported(const QString &language);

    // The language to use when none is given on the command line.
    static QString preferredLanguage();
    static QString savedLanguage(); // empty when the user never chose one
    static void saveLanguage(const QString &language);

    // Installs the translators for `language` (must be supported) into the application and sets
    // QLocale's default to match. A missing .qm falls back to English with one warning on
    // stderr; returns the language actually in effect.
    static QString install(const QString &language);

    // Removes a `--lang X` / `--lang=X` pair from `arguments` and returns X (empty if none).
    // Throws UsageError naming the supported languages when X is not one of them.
    static QString takeLanguageArgument(QStringList &arguments);
};

} // namespace funnelcast::ui
