//! Keeping the selected article of the scrolling list in view: layout maths on plain numbers
//! (the view reads the boxes and sets the offset), so it never moves the host page.

/// A vertical extent on screen in CSS px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub top: f64,
    pub height: f64,
}

impl Span {
    fn bottom(self) -> f64 {
        self.top + self.height
    }
}

/// Half a pixel: boxes at fractional offsets that touch the edge count as inside.
const SLACK: f64 = 0.5;

/// The scroll offset at which `item` is in view inside the scroll region `view`, whose content
/// is scrolled by `scroll` now; `None` when the item is wholly in view already. An item
/// brought into view is centred, or shown from its top where it is taller than the region.
/// Never negative (the region clamps the far end itself).
pub fn keep_in_view(view: Span, item: Span, scroll: f64) -> Option<f64> {
    let inside = item.top >= view.top - SLACK && item.bottom() <= view.bottom() + SLACK;
    if inside || view.height <= 0.0 {
        return None;
    }
    let from_top = item.top - view.top;
    let margin = ((view.height - item.height) / 2.0).max(0.0);
    Some((scroll + from_top - margin).max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: Span = Span {
        top: 100.0,
        height: 400.0,
    };

    fn item(top: f64) -> Span {
        Span { top, height: 40.0 }
    }

    #[test]
    fn an_item_in_view_stays_put() {
        assert_eq!(
            keep_in_view(VIEW, item(100.0), 0.0),
            None,
            "at the top edge"
        );
        assert_eq!(
            keep_in_view(VIEW, item(300.0), 250.0),
            None,
            "in the middle"
        );
        assert_eq!(
            keep_in_view(VIEW, item(460.0), 0.0),
            None,
            "at the bottom edge"
        );
        assert_eq!(
            keep_in_view(VIEW, item(99.6), 10.0),
            None,
            "within half a pixel"
        );
        assert_eq!(
            keep_in_view(VIEW, item(460.4), 10.0),
            None,
            "within half a pixel"
        );
    }

    #[test]
    fn an_item_below_is_centred() {
        // 1000 px below the region's top with nothing scrolled: centred means its top at
        // 180 px into the region.
        assert_eq!(keep_in_view(VIEW, item(1100.0), 0.0), Some(820.0));
        // Partly cut off at the bottom.
        assert_eq!(keep_in_view(VIEW, item(480.0), 50.0), Some(250.0));
    }

    #[test]
    fn an_item_above_is_centred() {
        assert_eq!(keep_in_view(VIEW, item(-300.0), 900.0), Some(320.0));
        assert_eq!(keep_in_view(VIEW, item(90.0), 400.0), Some(210.0));
    }

    #[test]
    fn never_scrolls_before_the_start() {
        assert_eq!(keep_in_view(VIEW, item(20.0), 30.0), Some(0.0));
    }

    #[test]
    fn an_item_taller_than_the_region_is_shown_from_its_top() {
        let tall = Span {
            top: 700.0,
            height: 600.0,
        };
        assert_eq!(keep_in_view(VIEW, tall, 100.0), Some(700.0));
    }

    #[test]
    fn a_region_not_drawn_scrolls_nothing() {
        let hidden = Span {
            top: 0.0,
            height: 0.0,
        };
        assert_eq!(keep_in_view(hidden, item(500.0), 0.0), None);
    }
}
