//! The referendum-day module: built as its own wasm (see scripts/build-modules) and loaded by
//! the widget only when a timed metric is on screen, so the first view carries neither the
//! time control nor the figures at each time. It holds the whole pack, tells the widget the
//! pack as of each time shown (`content::day::pack_at`), and draws the time control.

#[cfg(target_arch = "wasm32")]
mod module {
    use qazaq_explainer::components::day::{TimeControl, TimeControlProps};
    use qazaq_explainer::components::module_ids::skip_subtree_ids;
    use qazaq_explainer::content::{day, DayTime, Geo, Model, DAY_PACK};
    use qazaq_explainer::lang::Lang;
    use qazaq_explainer::view_state::{Known, ViewState};
    use qazaq_explainer::web::{console_error, console_warn};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use yew::{AppHandle, Callback};

    /// What the widget hears of: the time shown and the pack as of it (the widget's own pack:
    /// the one it loaded by URL, or the built-in one whole).
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
            let said = format!("{t} {json}");
            let _ = self
                .on_change
                .call1(&JsValue::NULL, &JsValue::from_str(&said));
        }
    }

    /// A mounted time control, driven by the widget.
    #[wasm_bindgen]
    pub struct DayHandle {
        app: AppHandle<TimeControl>,
        props: TimeControlProps,
        emit: Rc<RefCell<Emit>>,
    }

    /// The metric and time in a hash (`#metric=…&time=HH:MM`) about `model`.
    fn read(model: &Model, hash: &str) -> (String, Option<DayTime>) {
        let known = Known {
            metrics: model.pack.metrics.iter().map(|m| m.id.as_str()).collect(),
            regions: Vec::new(),
        };
        let (state, _) = ViewState::from_hash(hash, &known);
        (state.metric.unwrap_or_default(), state.time)
    }

    /// Mounts the time control into `el`, for the metric and at the time in `hash`
    /// (`#metric=…&time=HH:MM`, as `compare_loader` passes it), or at the day's last time when the
    /// pack has no such time (with a warning). `on_change("HH:MM pack-json")` hears each time
    /// shown, with the pack as of it; it is called once before this returns. `pack` is the
    /// text of the pack the widget loaded by URL (none: the built-in one). The heading, kiosk
    /// and epoch arguments are the comparison's, unused here.
    #[wasm_bindgen]
    pub fn mount(
        el: web_sys::Element,
        lang: &str,
        hash: &str,
        _heading: u8,
        _kiosk: bool,
        on_change: js_sys::Function,
        pack: Option<String>,
    ) -> Option<DayHandle> {
        let text: Rc<str> = pack.map_or(DAY_PACK.into(), Into::into);
        let model = match Model::with_times(&text, Geo::embedded()) {
            Ok(m) => m,
            Err(es) => {
                for e in es {
                    console_error(&format!("Qazaq Explainer: referendum day: {e}"));
                }
                return None;
            }
        };
        let (metric, asked) = read(&model, hash);
        let times = day::times(&model, &metric);
        let Some(shown) = day::view_time(&times, asked) else {
            console_warn(&format!(
                "Qazaq Explainer: metric {metric:?} has no figures at a time of day in this pack"
            ));
            return None;
        };
        if let Some(t) = asked.filter(|t| *t != shown) {
            console_warn(&format!(
                "Qazaq Explainer: time: unknown time \"{t}\"; showing the day's last, {shown}"
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
            metric,
            times: Rc::new(times),
            time: shown,
            on_time,
        };
        let app = yew::Renderer::<TimeControl>::with_root_and_props(el, props.clone()).render();
        Some(DayHandle { app, props, emit })
    }

    #[wasm_bindgen]
    impl DayHandle {
        /// The widget's language or time changed (its URL, Play, a pick): a time the day does
        /// not have shows the last one.
        pub fn update(&mut self, lang: &str, hash: &str, _epoch: u32) {
            self.props.lang = Lang::parse(lang).unwrap_or(self.props.lang);
            let asked = read(&self.props.day, hash).1;
            if let Some(t) = day::view_time(&self.props.times, asked) {
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
