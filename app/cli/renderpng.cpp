// Build tool: renders an SVG to a square PNG of the given size (the hicolor icon sizes installed with the app).
// Usage: acrnet-renderpng INPUT.svg SIZE OUTPUT.png
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.value(2).toInt(&ok);
    if (args.size() != 4 || !ok || size <= 0) {
        std::fprintf(stderr, "usage: acrnet-renderpng INPUT.svg SIZE OUTPUT.png\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "acrnet-renderpng: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    // No text chunks (no timestamp): the same icon gives the same bytes.
    if (!image.save(args.at(3), "PNG")) {
        std::fprintf(stderr, "acrnet-renderpng: cannot write %s\n", qPrintable(args.at(3)));
        return 1;
    }
    return 0;
}
