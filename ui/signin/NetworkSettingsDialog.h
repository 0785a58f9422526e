#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pmp::ui {

// Proxy (system by default, none, or manual) and an extra trusted CA file, for the API and the
// accounts server alike. Saved in QSettings and applied to the whole application on OK.
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NetworkSettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void updateEnabled();
    void describeCaFile();

    QButtonGroup *m_mode;
    QComboBox *m_type;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_caFile;
    QLabel *m_caInfo;
};

} // namespace pmp::ui
