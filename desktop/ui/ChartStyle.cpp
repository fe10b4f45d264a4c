#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

namespace commonroom::chartstyle {

void follow(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme sets its own background and text; the palette's fit the window around the chart.
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
}

} // namespace commonroom::chartstyle
