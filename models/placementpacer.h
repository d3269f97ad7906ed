#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace acrnet {

// When a model places what it gathered during a load (InventoryTableModel, InventoryTreeModel: setGathering).
// Each placement costs the views O(size of the model) — a layout change, a proxy's mapping, a filter's pass — so
// placing every subscription as it arrives makes a load O(subscriptions × rows). Placed instead:
//   - at once when the gathered items reach a sixteenth of those in place: the model grows by a sixteenth or more
//     per placement, so a load of n is O(log n) placements of O(n) each — O(n log n) in all — and no placement
//     sorts in more than about n/16 items at a time (a long one would stall the GUI thread);
//   - otherwise when a timer fires whose interval is eight times the last placement's cost (within 100 ms…2 s):
//     placements take at most about an eighth of the GUI thread's time, however large the model grows.
class PlacementPacer
{
    Q_DISABLE_COPY_MOVE(PlacementPacer)

public:
    explicit PlacementPacer(std::function<void()> place)
        : m_place(std::move(place))
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { m_place(); });
    }

    // Items now gathered, against those in place: places at once, or arms the timer.
    void gathered(qsizetype pending, qsizetype placed)
    {
        if (pending * kShare >= placed) {
            m_place();
            return;
        }
        if (!m_timer.isActive())
            m_timer.start(int(std::clamp<qint64>(8 * m_lastMs, 100, 2000)));
    }

    // Runs a placement, measured (the views' work included: they react inside the model's signals).
    template<typename Placement> void place(Placement &&placement)
    {
        m_timer.stop();
        QElapsedTimer clock;
        clock.start();
        placement();
        m_lastMs = clock.elapsed();
    }

    void stop() { m_timer.stop(); }

    static constexpr qsizetype kShare = 16;

private:
    std::function<void()> m_place;
    QTimer m_timer;
    qint64 m_lastMs = 0;
};

} // namespace acrnet
