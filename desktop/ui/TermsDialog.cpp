#include "TermsDialog.h"

#include "desktop/core/Device.h"
#include "desktop/core/Terms.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace commonroom {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;

} // namespace

TermsDialog::TermsDialog(Device &device, QWidget *parent)
    : QDialog(parent)
    , m_device(device)
{
    setObjectName(QStringLiteral("termsDialog"));
    setWindowTitle(tr("The community's words"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Name the ladder's levels and the areas of contributions as your community says them. "
                                "An empty name is the default, in each reader's language. Untick an area your "
                                "community does not use: it is offered nowhere new, and entries in it keep it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_words = new QTreeWidget(this);
    m_words->setObjectName(QStringLiteral("termsList"));
    m_words->setAccessibleName(tr("Levels and areas"));
    m_words->setRootIsDecorated(false);
    m_words->setHeaderLabels({tr("Level or area"), tr("Default name"), tr("Your community's name")});
    m_words->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_words->setEditTriggers(QAbstractItemView::AllEditTriggers);
    for (const Term &term : m_device.terms().list()) {
        const bool area = term.kind == QLatin1String("area");
        auto *item = new QTreeWidgetItem(
            m_words, {area ? tr("Area") : tr("Level %1").arg(term.key), term.defaultName, term.label});
        item->setData(KindColumn, kKindRole, term.kind);
        item->setData(KindColumn, kKeyRole, term.key);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (area) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(KindColumn, term.active ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(KindColumn, tr("Ticked: the community uses this area"));
        }
    }
    layout->addWidget(m_words, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("termsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TermsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

void TermsDialog::accept()
{
    Terms &terms = m_device.terms();
    std::map<QString, Term> before;
    for (const Term &term : terms.list())
        before[term.kind + QLatin1Char(' ') + term.key] = term;
    for (int row = 0; row < m_words->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_words->topLevelItem(row);
        const QString kind = item->data(KindColumn, kKindRole).toString();
        const QString key = item->data(KindColumn, kKeyRole).toString();
        const Term &was = before[kind + QLatin1Char(' ') + key];
        const QString label = item->text(NameColumn).trimmed();
        Status done;
        if (label != was.label)
            done = terms.setLabel(kind, key, label);
        const bool active = kind != QLatin1String("area") || item->checkState(KindColumn) == Qt::Checked;
        if (done && active != was.active)
            done = terms.setAreaActive(key, active);
        if (!done) {
            m_error->setText(QString::fromStdString(done.error().message));
            return;
        }
    }
    QDialog::accept();
}

} // namespace commonroom
