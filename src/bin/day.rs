//! The referendum-day module: built as its own wasm (see scripts/build-modules) and loaded by
//! the widget only when a timed metric is on screen, so the first view carries neither the
//! time control nor the figures at each time. It holds the whole pack, tells the widget the
//! pack as of each time shown (`content::day::pack_at`), and draws the time control.

#[cfg(target_arch = "wasm32")]
mod module {
    use qazaq_explainer::components::day::{TimeControl, TimeControlProps};
    use qazaq_explainer::components::host::skip_subtree_ids;
    use qazaq_explainer::content::{day, DayTime, Geo, Model, DAY_PACK};
    use qazaq_explainer::lang::Lang;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use yew::{AppHandle, Callback};

    /// What the widget hears of: the time shown and the pack as of it.
    struct Emit {
        text: Rc<str>,
        last: Option<DayTime>,
        on_change: js_sys::Function,
    }

    impl Emit {
        /// Tells the widget the pack at `t`, unless it is the time last told.
        fn show(&mut self, t: DayTime) {
            if self.last == Some(t) {
                return;
            }
            self.last = Some(t);
            let json = day::pack_at(&self.text, t).unwrap_or_default();
            let _ = self.on_change.call2(
                &JsValue::NULL,
                &JsValue::from_str(&t.to_string()),
                &JsValue::from_str(&json),
            );
        }
    }

    /// A mounted time control, driven by the widget.
    #[wasm_bindgen]
    pub struct DayHandle {
        app: AppHandle<TimeControl>,
        props: TimeControlProps,
        emit: Rc<RefCell<Emit>>,
    }

    /// Mounts the time control of `metric` into `el`, at `time` ("HH:MM") where the pack has
    /// it, else at the day's last time (warning about the time asked for under `key`, the
    /// option's name). `pack` is the widget's pack text when it came by URL, else this module's
    /// own copy of the built-in pack. `on_change(time, pack_json)` hears each time shown,
    /// with the pack as of it; it is called once before this returns.
    #[wasm_bindgen]
    pub fn mount(
        el: web_sys::Element,
        pack: Option<String>,
        metric: &str,
        time: &str,
        lang: &str,
        key: &str,
        on_change: js_sys::Function,
    ) -> Result<DayHandle, String> {
        let text: Rc<str> = pack.map_or_else(|| DAY_PACK.into(), Rc::from);
        let model = Model::with_times(&text, Geo::embedded())
            .map_err(|es| es.first().map(|e| e.to_string()).unwrap_or_default())?;
        let times = day::times(&model, metric);
        let asked = DayTime::parse(time).ok();
        let shown = day::view_time(&times, asked).ok_or("the metric has no times of day")?;
        if asked.is_some_and(|t| t != shown) {
            qazaq_explainer::web::console_warn(&format!(
                "Qazaq Explainer: {key}: unknown time \"{time}\"; using the default"
            ));
        }
        let emit = Rc::new(RefCell::new(Emit {
            text,
            last: None,
            on_change,
        }));
        emit.borrow_mut().show(shown);
        skip_subtree_ids(512);
        qazaq_explainer::web::guard(&el);
        let on_time = {
            let emit = emit.clone();
            Callback::from(move |t: DayTime| emit.borrow_mut().show(t))
        };
        let props = TimeControlProps {
            day: Rc::new(model),
            lang: Lang::parse(lang).unwrap_or(Lang::Kk),
            metric: metric.to_string(),
            times: Rc::new(times),
            time: shown,
            on_time,
        };
        let app = yew::Renderer::<TimeControl>::with_root_and_props(el, props.clone()).render();
        Ok(DayHandle { app, props, emit })
    }

    #[wasm_bindgen]
    impl DayHandle {
        /// The widget's language or time changed (its URL, a kiosk step): a time the day does
        /// not have shows the last one.
        pub fn update(&mut self, lang: &str, time: &str) {
            self.props.lang = Lang::parse(lang).unwrap_or(self.props.lang);
            if let Some(t) = day::view_time(&self.props.times, DayTime::parse(time).ok()) {
                self.props.time = t;
                self.emit.borrow_mut().show(t);
            }
            self.app.update(self.props.clone());
        }

        pub fn destroy(self) {
            self.app.destroy();
        }
    }
}

fn main() {}
