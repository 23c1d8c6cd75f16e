//! The widget's footer actions: download the map as SVG or PNG (title, legend and sources
//! included), and the embed codes for the view on screen.

use crate::content::text_rules::isolate;
use crate::content::Model;
use crate::embed::{iframe_code, options_for, script_code, Options, Section, Sections};
use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::view_state::{View, ViewState};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

// Files are made in the page: a Blob for the SVG, a canvas for the PNG (2x, for sharp
// images on retina screens and in print).
#[wasm_bindgen(module = "/src/js/share.js")]
extern "C" {
    fn save_svg(text: &str, name: &str);
    #[wasm_bindgen(catch)]
    async fn save_png(text: &str, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    fn draw_map(
        module: &JsValue,
        pack: Option<String>,
        metric: &str,
        lang: &str,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn copy_text(text: &str) -> Result<JsValue, JsValue>;
}

/// The export module's script, relative to this module (see `web::module_url`).
const EXPORT_MODULE: &str = "export/qazaq-export.js";

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub model: Rc<Model>,
    pub lang: Lang,
    pub state: ViewState,
    pub options: Rc<Options>,
    /// The metric the map shows.
    pub metric: String,
    /// The content pack's text when it came from a URL (the export module draws from it).
    pub pack: Option<Rc<str>>,
    /// The widget's root, measured for the iframe's starting height.
    pub root: NodeRef,
}

/// One embed code with its label and copy button.
#[derive(Properties, PartialEq)]
struct CodeProps {
    id: AttrValue,
    label: &'static str,
    code: String,
    lang: Lang,
}

#[function_component(Code)]
fn code(p: &CodeProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let area = use_node_ref();
    let onclick = {
        let (code, status, area, lang) = (p.code.clone(), status.clone(), area.clone(), p.lang);
        Callback::from(move |_| {
            let (code, status, area) = (code.clone(), status.clone(), area.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let done = copy_text(&code).await.is_ok();
                if !done {
                    // Leave the code selected for the reader to copy.
                    if let Some(a) = area.cast::<web_sys::HtmlTextAreaElement>() {
                        a.select();
                    }
                }
                status.set(Some(t(
                    lang,
                    if done { Key::Copied } else { Key::CopyFailed },
                )));
            });
        })
    };
    html! {
        <div class="qe-code">
            <label for={p.id.clone()}>{ p.label }</label>
            <textarea id={p.id.clone()} ref={area} readonly=true rows="4" spellcheck="false"
                value={p.code.clone()} />
            <div class="qe-code-actions">
                <button type="button" class="qe-btn" {onclick}>{ t(p.lang, Key::Copy) }</button>
                <span class="qe-code-status" role="status">{ status.unwrap_or_default() }</span>
            </div>
        </div>
    }
}

/// A section's name in the Embed dialog: the heading or tab it has in the widget.
fn section_label(s: Section) -> Key {
    match s {
        Section::Map => Key::TabMap,
        Section::Panel => Key::SectionPanel,
        Section::Table => Key::TabTable,
        Section::National => Key::NationalHeading,
        Section::Result => Key::OutcomeHeading,
        Section::Timeline => Key::TimelineHeading,
        Section::Compare => Key::TabCompare,
    }
}

/// The editor's pick of sections for the codes, one checkbox per section this widget has.
#[derive(Properties, PartialEq)]
struct PickProps {
    id: AttrValue,
    lang: Lang,
    /// What the widget has, so what can be picked.
    offered: Sections,
    picked: Sections,
    on_pick: Callback<Sections>,
}

#[function_component(Pick)]
fn pick(p: &PickProps) -> Html {
    let box_for = |s: Section| {
        let on = p.picked.has(s);
        // The last section picked stays: an embed shows at least one.
        let last = on && p.picked.without(s).is_empty();
        let (picked, on_pick) = (p.picked, p.on_pick.clone());
        let onchange = Callback::from(move |_: Event| {
            on_pick.emit(if on {
                picked.without(s)
            } else {
                picked.with(s)
            })
        });
        let id = format!("{}-{}", p.id, s.code());
        html! {
            <label class="qe-pick-item" for={id.clone()}>
                <input type="checkbox" id={id} checked={on} disabled={last} {onchange} />
                { t(p.lang, section_label(s)) }
            </label>
        }
    };
    html! {
        <fieldset class="qe-pick">
            <legend>{ t(p.lang, Key::EmbedSections) }</legend>
            { for p.offered.iter().map(box_for) }
        </fieldset>
    }
}

#[function_component(Share)]
pub fn share(p: &ShareProps) -> Html {
    let lang = p.lang;
    let open = use_state(|| false);
    // The sections the codes embed: those on screen when the dialog opens, then the editor's.
    let picked = use_state(|| Sections::NONE);
    let problem = use_state(|| None::<String>);
    let uid = super::use_uid();
    let panel_id = format!("qe-embed-{uid}");
    let on_map = p.state.view == View::Map && p.options.sections.has(Section::Map);

    // The map is drawn by the export module, fetched on the first download.
    let download = |png: bool| {
        let (metric, pack, problem) = (p.metric.clone(), p.pack.clone(), problem.clone());
        Callback::from(move |_| {
            let (metric, pack, problem) = (metric.clone(), pack.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let url = crate::web::module_url(EXPORT_MODULE);
                let pack = pack.map(|t| t.to_string());
                let name = format!("kazakhstan-{metric}-{}", lang.code());
                let drawn = match crate::web::import_module(&url).await {
                    Ok(m) => draw_map(&m, pack, &metric, lang.code()),
                    Err(e) => Err(e.to_string().into()),
                };
                let made = match drawn {
                    Ok(svg) => {
                        let svg = svg.as_string().unwrap_or_default();
                        if png {
                            save_png(&svg, &format!("{name}.png")).await.map(|_| ())
                        } else {
                            save_svg(&svg, &format!("{name}.svg"));
                            Ok(())
                        }
                    }
                    Err(e) => Err(e),
                };
                match made {
                    Ok(()) => problem.set(None),
                    Err(e) => {
                        let msg = crate::web::js_message(&e);
                        crate::web::console_error(&format!("Qazaq Explainer: download: {msg}"));
                        problem.set(Some(tf(lang, Key::DownloadFailed, &[("error", &msg)])));
                    }
                }
            });
        })
    };

    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |s: Sections| picked.set(s))
    };
    let panel = (*open).then(|| {
        let base = crate::web::module_url("");
        let options = options_for(&p.options, &p.state, lang, *picked);
        let title = p.model.pack.title.text(lang);
        let alt = tf(lang, Key::FallbackAlt, &[("title", &isolate(title))]);
        // The widget's height now, rounded up: the iframe starts there and then fits itself.
        let height = p
            .root
            .cast::<web_sys::Element>()
            .map_or(720.0, |el| el.get_bounding_client_rect().height());
        let height = ((height / 40.0_f64).ceil() * 40.0).clamp(480.0, 8000.0) as u32;
        html! {
            <div class="qe-embed" id={panel_id.clone()}>
                <p>{ t(lang, Key::EmbedIntro) }</p>
                if p.options.sections.iter().nth(1).is_some() {
                    <Pick id={format!("{panel_id}-sections")} {lang} offered={p.options.sections}
                        picked={*picked} on_pick={on_pick.clone()} />
                }
                <Code id={format!("{panel_id}-script")} label={t(lang, Key::EmbedScript)} {lang}
                    code={script_code(&base, &options, &alt)} />
                <Code id={format!("{panel_id}-frame")} label={t(lang, Key::EmbedIframe)} {lang}
                    code={iframe_code(&base, &options, title, height)} />
            </div>
        }
    });

    let toggle = {
        let (open, picked) = (open.clone(), picked.clone());
        let on_screen = p.options.sections.on_screen(p.state.view);
        Callback::from(move |_| {
            picked.set(on_screen);
            open.set(!*open)
        })
    };
    html! {
        <div class="qe-share">
            <div class="qe-share-bar">
                if on_map {
                    <span class="qe-share-label">{ t(lang, Key::DownloadMap) }</span>
                    <button type="button" class="qe-btn" onclick={download(false)}>{ "SVG" }</button>
                    <button type="button" class="qe-btn" onclick={download(true)}>{ "PNG" }</button>
                }
                <button type="button" class="qe-btn" aria-expanded={open.to_string()}
                    aria-controls={panel_id.clone()} onclick={toggle}>
                    { t(lang, Key::Embed) }
                </button>
            </div>
            if let Some(msg) = &*problem {
                <p class="qe-share-problem" role="alert">{ msg }</p>
            }
            { panel.unwrap_or_default() }
        </div>
    }
}
