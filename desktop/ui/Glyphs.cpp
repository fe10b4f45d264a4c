#include "Glyphs.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace commonroom {

namespace {

// A person seen from the front: head at (x, y), shoulders below; `size` 1 is full height.
void addPerson(QPainterPath &path, qreal x, qreal y, qreal size)
{
    const qreal head = 3.6 * size;
    path.addEllipse(QPointF(x, y), head, head);
    const qreal top = y + head + 2 * size;
    const qreal half = 7 * size;
    path.moveTo(x - half, top + 6 * size);
    path.cubicTo(x - half, top - 1 * size, x + half, top - 1 * size, x + half, top + 6 * size);
}

// Each glyph on a 24 × 24 grid, drawn with a 2-unit round pen.
QPainterPath pathOf(Glyph glyph)
{
    QPainterPath path;
    switch (glyph) {
    case Glyph::Home:
        path.moveTo(3, 11.5);
        path.lineTo(12, 3.5);
        path.lineTo(21, 11.5);
        path.moveTo(6, 9.5);
        path.lineTo(6, 20.5);
        path.lineTo(18, 20.5);
        path.lineTo(18, 9.5);
        path.addRect(QRectF(10, 14, 4, 6.5));
        break;
    case Glyph::Profile:
        addPerson(path, 12, 7.5, 1.0);
        break;
    case Glyph::Groups:
        addPerson(path, 6, 8, 0.7);
        addPerson(path, 18, 8, 0.7);
        addPerson(path, 12, 10.5, 0.8);
        break;
    case Glyph::People:
        path.addRoundedRect(QRectF(2.5, 4.5, 19, 15), 2, 2);
        path.addEllipse(QPointF(8.5, 10), 2.3, 2.3);
        path.moveTo(5, 16.5);
        path.cubicTo(5, 12.5, 12, 12.5, 12, 16.5);
        for (const qreal y : {9.0, 12.5, 16.0}) {
            path.moveTo(14.5, y);
            path.lineTo(18.5, y);
        }
        break;
    case Glyph::Events:
        path.addRoundedRect(QRectF(3, 5, 18, 16), 2, 2);
        path.moveTo(3, 10);
        path.lineTo(21, 10);
        for (const qreal x : {8.0, 16.0}) {
            path.moveTo(x, 3);
            path.lineTo(x, 7);
        }
        path.addRect(QRectF(7, 13.5, 3, 3));
        break;
    case Glyph::Organizing:
        path.moveTo(3, 20.5);
        path.lineTo(21, 20.5);
        path.addRect(QRectF(5, 12, 3, 8.5));
        path.addRect(QRectF(10.5, 5, 3, 15.5));
        path.addRect(QRectF(16, 9, 3, 11.5));
        break;
    case Glyph::Canvassing:
        path.moveTo(12, 21);
        path.cubicTo(5, 14, 5, 11, 5, 9.5);
        path.arcTo(QRectF(5, 2.5, 14, 14), 180, -180);
        path.cubicTo(19, 11, 19, 14, 12, 21);
        path.addEllipse(QPointF(12, 9.5), 2.5, 2.5);
        break;
    case Glyph::Admission:
        path.moveTo(12, 2.5);
        path.lineTo(20, 5.5);
        path.lineTo(20, 11);
        path.cubicTo(20, 16, 16.5, 19.5, 12, 21.5);
        path.cubicTo(7.5, 19.5, 4, 16, 4, 11);
        path.lineTo(4, 5.5);
        path.closeSubpath();
        path.moveTo(8.5, 12);
        path.lineTo(11, 14.5);
        path.lineTo(15.5, 9.5);
        break;
    case Glyph::Application:
        path.moveTo(14, 2.5);
        path.lineTo(5, 2.5);
        path.lineTo(5, 21.5);
        path.lineTo(19, 21.5);
        path.lineTo(19, 7.5);
        path.closeSubpath();
        for (const qreal y : {11.0, 14.5}) {
            path.moveTo(8.5, y);
            path.lineTo(15.5, y);
        }
        path.moveTo(8.5, 18);
        path.lineTo(12.5, 18);
        break;
    }
    return path;
}

class GlyphEngine : public QIconEngine
{
public:
    explicit GlyphEngine(Glyph glyph)
        : m_glyph(glyph)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor colour = palette.color(QPalette::WindowText);
        if (mode == QIcon::Selected)
            colour = palette.color(QPalette::HighlightedText);
        else if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        const qreal side = std::min(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        painter->setPen(QPen(colour, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(pathOf(m_glyph));
        painter->restore();
    }

    // `size` in device pixels: QIcon asks for the size times the screen's ratio and sets the ratio.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }

private:
    Glyph m_glyph;
};

} // namespace

QIcon glyphIcon(Glyph glyph)
{
    return QIcon(new GlyphEngine(glyph));
}

} // namespace commonroom
