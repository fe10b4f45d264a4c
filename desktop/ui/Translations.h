#pragma once

#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace commonroom {

// Installs Commonroom's translation (embedded at :/i18n) and Qt's own for the first of the
// locale's languages that has one. Where none has (the C locale, a language not yet translated),
// the English catalogue is installed, so that counts read "1 walk-in", never the sources'
// "1 walk-in(s)". The translators are children of `app`; they are returned, installed.
QList<QTranslator *> installTranslators(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace commonroom
