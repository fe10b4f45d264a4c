#include "ColumnSizing.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace commonroom {

namespace {

// Rows measured: enough to see the usual widths, few enough for a million people.
constexpr int kSampleRows = 200;
constexpr int kMaxCharacters = 40;

// Kept by the view: sizes its columns whenever the rows are read anew, until the user drags one.
class ColumnSizer : public QObject
{
public:
    ColumnSizer(QTableView *view, int stretchColumn)
        : QObject(view)
        , m_view(view)
        , m_stretch(stretchColumn)
    {
        QHeaderView *header = view->horizontalHeader();
        header->setResizeContentsPrecision(kSampleRows);
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
        connect(header, &QHeaderView::sectionResized, this, [this](int column) {
            if (!m_fitting && column != m_stretch)
                m_userSized = true;
        });
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnSizer::fitSoon);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnSizer::fitSoon);
        // Rows read on as the list scrolls do not move the columns under the reader's eyes: only
        // a first fill does.
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            if (first == 0 && m_view->model()->rowCount() == last - first + 1)
                fitSoon();
        });
        fit();
    }

private:
    void fitSoon()
    {
        if (!m_userSized && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, &ColumnSizer::fit);
        }
    }

    void fit()
    {
        m_pending = false;
        if (m_userSized)
            return;
        m_fitting = true;
        // Measured on letters, not with the font's average character width, which fonts with
        // many narrow or wide glyphs (Lato's, for one) put far from what text takes.
        const int widest = m_view->fontMetrics().horizontalAdvance(QString(kMaxCharacters, QLatin1Char('n')));
        for (int column = 0; column < m_view->model()->columnCount(); ++column) {
            if (column == m_stretch || m_view->isColumnHidden(column))
                continue;
            m_view->resizeColumnToContents(column);
            if (m_view->columnWidth(column) > widest)
                m_view->setColumnWidth(column, widest);
        }
        m_fitting = false;
    }

    QTableView *m_view;
    int m_stretch;
    bool m_fitting = false;
    bool m_pending = false;
    bool m_userSized = false;
};

} // namespace

void sizeColumnsToContents(QTableView *view, int stretchColumn)
{
    new ColumnSizer(view, stretchColumn);
}

} // namespace commonroom
