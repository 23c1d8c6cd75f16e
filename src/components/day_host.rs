//! Where a timed metric's time control goes on the map: loads the referendum-day module (its
//! own wasm with the whole pack, fetched the first time a timed metric is on screen), mounts it
//! here, and relays the time both ways; the module answers each time with the pack as of it.

use crate::content::DayTime;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

// Calls into the module stay in JS, as `compare_host`'s do, for the first view's bytes.
#[wasm_bindgen(inline_js = "
export function mount_day(m, el, pack, metric, time, lang, key, on_change) {
  return m.mount(el, pack, metric, time, lang, key, on_change);
}
export function update_day(h, lang, time) { h.update(lang, time); }
export function destroy_day(h) { h.destroy(); }
")]
extern "C" {
    #[wasm_bindgen(catch)]
    #[allow(clippy::too_many_arguments)]
    fn mount_day(
        module: &JsValue,
        el: web_sys::Element,
        pack: Option<String>,
        metric: &str,
        time: &str,
        lang: &str,
        key: &str,
        on_change: &Closure<dyn Fn(String, String)>,
    ) -> Result<JsValue, JsValue>;
    fn update_day(handle: &JsValue, lang: &str, time: &str);
    fn destroy_day(handle: &JsValue);
}

const MODULE: &str = "day/qazaq-day.js";

#[derive(Properties, PartialEq)]
pub struct DayHostProps {
    pub lang: Lang,
    pub metric: String,
    pub time: Option<DayTime>,
    /// The widget's pack text when it came by URL (the module has the built-in one).
    pub pack: Option<Rc<str>>,
    /// The time option's name, for the warning about a time the day does not have.
    pub option: AttrValue,
    /// Each time shown, with the pack (JSON) as of it.
    pub on_change: Callback<(DayTime, String)>,
}

type Mounted = (JsValue, Closure<dyn Fn(String, String)>);

#[function_component(DayHost)]
pub fn day_host(p: &DayHostProps) -> Html {
    let container = use_node_ref();
    let failed = use_state(|| None::<String>);
    let mounted: Rc<RefCell<Option<Mounted>>> = use_mut_ref(|| None);
    let time = p.time.map(|t| t.to_string()).unwrap_or_default();
    {
        let (container, failed, mounted) = (container.clone(), failed.clone(), mounted.clone());
        let (pack, metric, time, lang) = (p.pack.clone(), p.metric.clone(), time.clone(), p.lang);
        let (key, on_change) = (p.option.clone(), p.on_change.clone());
        use_effect_with(p.metric.clone(), move |_| {
            if let Some(el) = container.cast::<web_sys::Element>() {
                let mounted = mounted.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let url = crate::web::module_url(MODULE);
                    let callback = Closure::<dyn Fn(String, String)>::new(move |t: String, json| {
                        if let Ok(t) = DayTime::parse(&t) {
                            on_change.emit((t, json));
                        }
                    });
                    let made = match crate::web::import_module(&url).await {
                        Ok(m) => {
                            let pack = pack.map(|t| t.to_string());
                            mount_day(&m, el, pack, &metric, &time, lang.code(), &key, &callback)
                                .map_err(|e| crate::web::js_message(&e))
                        }
                        Err(e) => Err(e.to_string()),
                    };
                    match made {
                        Ok(h) => *mounted.borrow_mut() = Some((h, callback)),
                        Err(e) => {
                            crate::web::console_error(&format!("Qazaq Explainer: {e}"));
                            failed.set(Some(e));
                        }
                    }
                });
            }
            move || {
                if let Some((h, _)) = mounted.borrow_mut().take() {
                    destroy_day(&h);
                }
            }
        });
    }
    {
        let mounted = mounted.clone();
        use_effect_with((p.lang, time), move |(lang, time)| {
            if let Some((h, _)) = mounted.borrow().as_ref() {
                update_day(h, lang.code(), time);
            }
        });
    }
    html! {
        <>
            if let Some(e) = &*failed {
                <p class="qe-error" role="alert">{ t(p.lang, Key::DayError) }{ " " }<code lang="en">{ e.clone() }</code></p>
            }
            <div ref={container} class="qe-day"></div>
        </>
    }
}
