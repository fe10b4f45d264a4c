#pragma once

#include "desktop/core/Import.h"

#include <QWizard>

#include <atomic>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace commonroom {

class Device;
class MessageLabel;
class Prompts;

// Bringing people in from a spreadsheet (docs/import.md), for leaders and admins: the file (its
// delimiter and encoding detected, or chosen), what each column becomes (guessed from the
// headers, changeable), a preview of what would be written — new people, matches that only gain
// what they lack, refused rows with the reason — and then the import in batches, with its rate,
// the time left and a cancel that keeps what was written. Refused rows are saved, with their
// reasons, to a file of the user's choosing. Files and questions go through `prompts`.
class ImportDialog : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, PreviewPage, RunPage };

    ImportDialog(Device &device, Prompts &prompts, QWidget *parent = nullptr);

    // Reads `path` as the file to import (what Browse does after asking).
    void openFile(const QString &path);
    // The combo box choosing what column `column` becomes.
    QComboBox *targetBox(int column) const;
    // How many rows the import wrote; -1 before it ran, 0 when it stopped on an error (whose
    // message says how many rows the batches before it wrote: they stay).
    int written() const { return m_written; }

    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *makeFilePage();
    QWizardPage *makeColumnsPage();
    QWizardPage *makePreviewPage();
    QWizardPage *makeRunPage();
    void readFile();
    void fillColumns();
    void fillPreview();
    void fillAlike();
    void runImport();
    void saveRejects();

    Device &m_device;
    Prompts &m_prompts;
    Import &m_import;
    QString m_path;
    std::optional<CsvTable> m_table;
    std::optional<Import::Plan> m_plan;
    std::atomic_bool m_cancel {false};
    bool m_running = false;
    int m_written = -1;

    QLineEdit *m_file = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_fileSummary = nullptr;
    MessageLabel *m_fileMessage = nullptr;
    QTableWidget *m_columns = nullptr;
    MessageLabel *m_columnsMessage = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_rejects = nullptr;
    QLabel *m_alikeLabel = nullptr;
    QTableWidget *m_alike = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_runSummary = nullptr;
    QPushButton *m_saveRejects = nullptr;
};

} // namespace commonroom
