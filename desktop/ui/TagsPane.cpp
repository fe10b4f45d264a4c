#include "TagsPane.h"

#include "Prompts.h"

#include "desktop/core/Device.h"
#include "desktop/core/Tags.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

namespace commonroom {

TagsPane::TagsPane(Device &device, Prompts &prompts, const QString &personId, QWidget *parent)
    : QWidget(parent)
    , m_device(device)
    , m_prompts(prompts)
    , m_personId(personId)
{
    setObjectName(QStringLiteral("tagsPane"));
    auto *layout = new QVBoxLayout(this);
    auto *caption
        = new QLabel(m_device.tags().mayApply() ? tr("Check a tag to apply it to this person, uncheck it to remove it.")
                                                : tr("The tags applied to this person that you may see."),
            this);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    m_tags = new QListWidget(this);
    m_tags->setObjectName(QStringLiteral("personTags"));
    m_tags->setAccessibleName(tr("Tags"));
    layout->addWidget(m_tags, 1);
    m_newTag = new QPushButton(tr("&New tag…"), this);
    m_newTag->setObjectName(QStringLiteral("newTagButton"));
    m_newTag->setVisible(m_device.tags().mayCreate());
    connect(m_newTag, &QPushButton::clicked, this, &TagsPane::newTag);
    layout->addWidget(m_newTag, 0, Qt::AlignLeft);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("tagsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_tags, &QListWidget::itemChanged, this, &TagsPane::toggled);
    connect(&m_device.store(), &LocalStore::tableChanged, this, [this](const QString &table) {
        if (table == QLatin1String("tag") || table == QLatin1String("tag_application"))
            reload();
    });
    reload();
}

bool TagsPane::hasAnythingFor(Device &device)
{
    if (device.tags().mayCreate())
        return true;
    const auto tags = device.tags().list();
    return !tags || !tags->empty();
}

void TagsPane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TagsPane::newTag()
{
    const auto name = m_prompts.text(this, tr("New tag"), tr("Name of the tag:"), TextPromptDialog::Lines::One);
    if (!name || name->trimmed().isEmpty())
        return;
    Prompts::Question question;
    question.title = tr("Who sees \"%1\"?").arg(name->trimmed());
    question.text = tr("Should members see this tag too? Leaders only is the default: then it is never shown to "
                       "members, nor to the people it is applied to.");
    question.yes = tr("Members too");
    question.no = tr("Leaders only");
    const bool forMembers = m_prompts.confirm(this, question);
    const auto made = m_device.tags().create(*name, forMembers);
    if (!made) {
        showError(QString::fromStdString(made.error().message));
        return;
    }
    const Status applied = m_device.tags().apply(*made, m_personId);
    showError(applied ? QString() : QString::fromStdString(applied.error().message));
    reload();
}

QString TagsPane::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void TagsPane::reload()
{
    const auto all = m_device.tags().list();
    const auto applied = m_device.tags().tagsOf(m_personId);
    m_filling = true;
    m_tags->clear();
    if (!all || !applied) {
        m_error->setText(QString::fromStdString((!all ? all.error() : applied.error()).message));
        m_error->show();
        m_filling = false;
        return;
    }
    std::set<QString> on;
    for (const auto &tag : *applied)
        on.insert(tag.id);
    const bool editable = m_device.tags().mayApply();
    for (const auto &tag : *all) {
        if (!editable && !on.contains(tag.id))
            continue;
        auto *item = new QListWidgetItem(tag.forMembers ? tag.name : tr("%1 (leaders only)").arg(tag.name), m_tags);
        item->setData(Qt::UserRole, tag.id);
        item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
        item->setCheckState(on.contains(tag.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
}

void TagsPane::toggled(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QString tagId = item->data(Qt::UserRole).toString();
    const Status done = item->checkState() == Qt::Checked ? m_device.tags().apply(tagId, m_personId)
                                                          : m_device.tags().remove(tagId, m_personId);
    showError(done ? QString() : QString::fromStdString(done.error().message));
    reload();
}

} // namespace commonroom
