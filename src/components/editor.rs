//! The editor page's root (issue 14): the pack being edited and the one it started from, kept
//! in local storage; the table of figures, the form of the one picked, the widget's messages,
//! export and import, what changed, and the live widget beside them.

use crate::components::editor_diff::Changes;
use crate::components::editor_extra::{MetricForm, StatusForm};
use crate::components::editor_form::{EditFn, FigureForm};
use crate::components::editor_io as io;
use crate::components::editor_people::PeopleForm;
use crate::components::editor_preview::{Preview, PreviewView};
use crate::components::editor_table::{Cell, FigureTable};
use crate::content::figures_csv::{csv_to_pack, figures_to_csv};
use crate::content::{Geo, DAY_PACK};
use crate::editor::{check, figure_text, find_figure, locate, text_in, Report, Scope};
use crate::i18n::editor::{et, EKey};
use crate::i18n::{fill, t, Key};
use crate::lang::Lang;
use serde_json::{json, Value};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The work: the pack it started from and the edited one. `revision` counts the times the
/// edited pack was replaced as a whole, so that open forms start again from it.
#[derive(Clone, PartialEq)]
struct Work {
    base: Rc<Value>,
    pack: Rc<Value>,
    name: String,
    revision: u32,
}

enum Act {
    Open(Value, String),
    Edit(EditFn),
    Replace(Value),
    StartOver,
}

impl Reducible for Work {
    type Action = Act;
    fn reduce(self: Rc<Self>, act: Act) -> Rc<Self> {
        let mut next = (*self).clone();
        match act {
            Act::Open(pack, name) => {
                next.base = Rc::new(pack.clone());
                next.pack = Rc::new(pack);
                next.name = name;
                next.revision += 1;
            }
            Act::Edit(f) => {
                let mut pack = (*self.pack).clone();
                f(&mut pack);
                next.pack = Rc::new(pack);
            }
            Act::Replace(pack) => {
                next.pack = Rc::new(pack);
                next.revision += 1;
            }
            Act::StartOver => {
                next.pack = next.base.clone();
                next.revision += 1;
            }
        }
        Rc::new(next)
    }
}

const BUILT_IN: &str = "pack.json";

/// The language a `<select>` of languages was changed to.
fn picked_lang(e: &Event) -> Option<Lang> {
    Lang::parse(
        &e.target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value(),
    )
}

/// The whole built-in pack, referendum day's figures at each time too (the first view's copy
/// leaves those out): an export of it must lose nothing.
fn built_in() -> Work {
    let pack: Value = serde_json::from_str(DAY_PACK).unwrap_or_else(|_| json!({}));
    Work {
        base: Rc::new(pack.clone()),
        pack: Rc::new(pack),
        name: BUILT_IN.into(),
        revision: 0,
    }
}

/// The work kept from the last visit, if any.
fn restored() -> Option<Work> {
    let v: Value = serde_json::from_str(&io::saved()?).ok()?;
    Some(Work {
        base: Rc::new(v["base"].clone()),
        pack: Rc::new(v["pack"].clone()),
        name: v["name"].as_str().unwrap_or(BUILT_IN).to_string(),
        revision: 0,
    })
}

/// A status line for the editor, in the interface language when it is one of ours.
#[derive(Clone, PartialEq)]
enum Notice {
    None,
    Restored,
    Loaded(String),
    Failed(String, String),
    CsvImported(String),
}

fn notice_text(n: &Notice, lang: Lang) -> String {
    match n {
        Notice::None => String::new(),
        Notice::Restored => et(lang, EKey::Restored).into(),
        Notice::Loaded(name) => fill(et(lang, EKey::Loaded), &[("name", name)]),
        Notice::Failed(name, reason) => fill(
            et(lang, EKey::LoadFailed),
            &[("name", name), ("reason", reason)],
        ),
        Notice::CsvImported(name) => fill(et(lang, EKey::CsvImported), &[("name", name)]),
    }
}

fn picked_file(e: &Event) -> Option<web_sys::File> {
    let input = e.target_unchecked_into::<HtmlInputElement>();
    let file = input.files()?.get(0);
    // The same file picked again is a new pick.
    input.set_value("");
    file
}

#[function_component(Editor)]
pub fn editor() -> Html {
    let geo = use_memo((), |_| Geo::embedded());
    let ui = use_state(|| crate::web::page_lang().unwrap_or(Lang::En));
    let lang = *ui;
    let first = use_memo((), |_| restored());
    let work = use_reducer({
        let first = first.clone();
        move || (*first).clone().unwrap_or_else(built_in)
    });
    let notice = use_state(|| {
        if first.is_some() {
            Notice::Restored
        } else {
            Notice::None
        }
    });
    let report: Rc<Report> = {
        let geo = geo.clone();
        use_memo(work.pack.clone(), move |p| check(p, &geo))
    };
    let selected = use_state(|| None::<Cell>);
    let preview_lang = use_state(|| lang);
    let preview_view = use_state(|| PreviewView::Map);
    let csv_errors = use_state(Vec::<String>::new);

    // Kept at every change: a reload finds the work as it was.
    use_effect_with(work.clone(), |w| {
        let kept = json!({ "base": *w.base, "pack": *w.pack, "name": w.name });
        io::keep(&kept.to_string());
    });

    // The preview loads the last pack without errors, by a `blob:` address as if by `?pack=`.
    let preview_url = use_state(|| None::<String>);
    let urls = use_mut_ref(Vec::<String>::new);
    {
        let preview_url = preview_url.clone();
        let ok = report.errors.is_empty();
        use_effect_with((work.pack.clone(), ok), move |(pack, ok)| {
            if let (true, Some(url)) = (*ok, io::blob_url(&pack.to_string())) {
                let mut urls = urls.borrow_mut();
                urls.push(url.clone());
                // The widget may still be reading the one before; older ones are done with.
                while urls.len() > 2 {
                    io::revoke(&urls.remove(0));
                }
                preview_url.set(Some(url));
            }
        });
    }

    let changed = work.pack != work.base;
    let open = {
        let work = work.dispatcher();
        let notice = notice.clone();
        let selected = selected.clone();
        Callback::from(move |(text, name): (String, String)| {
            if changed && !io::ask(et(lang, EKey::StartOverConfirm)) {
                return;
            }
            match serde_json::from_str::<Value>(&text) {
                Ok(v) if v.is_object() => {
                    work.dispatch(Act::Open(v, name.clone()));
                    selected.set(None);
                    notice.set(Notice::Loaded(name));
                }
                Ok(_) => notice.set(Notice::Failed(name, "not a JSON object".into())),
                Err(e) => notice.set(Notice::Failed(name, e.to_string())),
            }
        })
    };
    let read_file = {
        let open = open.clone();
        let notice = notice.clone();
        Callback::from(move |file: web_sys::File| {
            let open = open.clone();
            let notice = notice.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match io::read(&file).await {
                    Ok(text) => open.emit((text, file.name())),
                    Err(e) => notice.set(Notice::Failed(file.name(), e)),
                }
            });
        })
    };
    let on_file = {
        let read_file = read_file.clone();
        Callback::from(move |e: Event| {
            if let Some(f) = picked_file(&e) {
                read_file.emit(f);
            }
        })
    };
    let on_drop = {
        let read_file = read_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(f) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                read_file.emit(f);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let url_text = use_state(String::new);
    let on_url_input = {
        let url_text = url_text.clone();
        Callback::from(move |e: InputEvent| {
            url_text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_url = {
        let open = open.clone();
        let notice = notice.clone();
        let url_text = url_text.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let url = url_text.trim().to_string();
            let (open, notice) = (open.clone(), notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::web::fetch_text(&url).await {
                    Ok(text) => open.emit((text, url)),
                    Err(e) => notice.set(Notice::Failed(url, e)),
                }
            });
        })
    };
    let on_built_in = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.emit((DAY_PACK.to_string(), BUILT_IN.into())))
    };
    let on_start_over = {
        let work = work.dispatcher();
        let selected = selected.clone();
        Callback::from(move |_: MouseEvent| {
            if io::ask(et(lang, EKey::StartOverConfirm)) {
                work.dispatch(Act::StartOver);
                selected.set(None);
            }
        })
    };
    let on_ui = {
        let ui = ui.clone();
        let preview_lang = preview_lang.clone();
        Callback::from(move |e: Event| {
            if let Some(l) = picked_lang(&e) {
                ui.set(l);
                preview_lang.set(l);
            }
        })
    };
    let on_edit = {
        let work = work.dispatcher();
        Callback::from(move |f: EditFn| work.dispatch(Act::Edit(f)))
    };
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |c: Cell| selected.set(Some(c)))
    };

    let pack = work.pack.clone();
    let metric_label = |id: &str| {
        (pack["metrics"].as_array().into_iter().flatten())
            .find(|m| m["id"] == id)
            .map(|m| text_in(&m["label"], lang).to_string())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| id.to_string())
    };
    let scope_name = |s: &Scope| match s {
        Scope::Region(id) => geo
            .unit(id)
            .map_or(id.clone(), |u| u.names.text(lang).to_string()),
        Scope::National => t(lang, Key::NationalHeading).to_string(),
        Scope::Outcome => t(lang, Key::OutcomeHeading).to_string(),
    };

    let form = selected.as_ref().map(|c| {
        let index = match c.scope {
            Scope::Region(_) => find_figure(&pack, &c.scope, &c.metric),
            _ => c.index,
        };
        let key = format!("{:?}/{}/{:?}/{}", c.scope, c.metric, c.index, work.revision);
        let title = fill(et(lang, EKey::FormHeading), &[("unit", &scope_name(&c.scope)), ("metric", &metric_label(&c.metric))]);
        html! {
            <FigureForm {key} pack={pack.clone()} report={report.clone()} {lang} scope={c.scope.clone()}
                metric={c.metric.clone()} {index} {title} on_edit={on_edit.clone()} />
        }
    });
    let region = selected.as_ref().and_then(|c| match &c.scope {
        Scope::Region(id) => Some(id.clone()),
        _ => None,
    });

    // The nationwide and result figures, each a button to its form; the timeline as it is.
    let list_of = |scope: Scope| {
        let list = crate::editor::figures(&pack, &scope);
        let items = list.iter().enumerate().map(|(i, f)| {
            let metric = f["metric"].as_str().unwrap_or_default().to_string();
            let cell = Cell { scope: scope.clone(), metric: metric.clone(), index: Some(i) };
            let pressed = selected.as_ref() == Some(&cell);
            let onclick = {
                let on = on_select.clone();
                Callback::from(move |_: MouseEvent| on.emit(cell.clone()))
            };
            let source = f["source"].as_str().unwrap_or_default();
            html! {
                <li>
                    <button type="button" class="ed-cell" aria-pressed={pressed.to_string()} {onclick}>
                        { format!("{}: {}", metric_label(&metric), figure_text(&pack, f, lang)) }
                    </button>
                    { " " }<span class="ed-hint">{ source.to_string() }</span>
                </li>
            }
        });
        html! { <ul class="ed-list">{ for items }</ul> }
    };
    let timeline = (pack["timeline"].as_array().into_iter().flatten()).map(|e| {
        html! {
            <li><span class="ed-hint">{ e["date"].as_str().unwrap_or_default().to_string() }</span>
                { " " }{ text_in(&e["text"], lang).to_string() }</li>
        }
    });

    // Export: only a pack without errors.
    let ok = report.errors.is_empty();
    let on_json = {
        let pack = pack.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(text) = serde_json::to_string_pretty(&*pack) {
                io::download("pack.json", "application/json", &format!("{text}\n"));
            }
        })
    };
    let on_csv = {
        let pack = pack.clone();
        let csv_errors = csv_errors.clone();
        Callback::from(move |_: MouseEvent| match figures_to_csv(&pack) {
            Ok(csv) => io::download("figures.csv", "text/csv", &csv),
            Err(es) => csv_errors.set(es.iter().map(|e| e.to_string()).collect()),
        })
    };
    let on_csv_import = {
        let pack = pack.clone();
        let csv_errors = csv_errors.clone();
        let work = work.dispatcher();
        let notice = notice.clone();
        let geo = geo.clone();
        Callback::from(move |e: Event| {
            let Some(file) = picked_file(&e) else { return };
            let (pack, csv_errors, work, notice, geo) = (
                pack.clone(),
                csv_errors.clone(),
                work.clone(),
                notice.clone(),
                geo.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let text = match io::read(&file).await {
                    Ok(t) => t,
                    Err(e) => return notice.set(Notice::Failed(file.name(), e)),
                };
                match csv_to_pack(&text, &pack) {
                    Err(es) => csv_errors.set(es.iter().map(|e| e.to_string()).collect()),
                    Ok(imported) => {
                        // The widget's errors about what the CSV gave, by row and column.
                        let located: Vec<String> = check(&imported.pack, &geo)
                            .errors
                            .iter()
                            .filter_map(|e| imported.locate(e))
                            .map(|e| e.to_string())
                            .collect();
                        if located.is_empty() {
                            csv_errors.set(Vec::new());
                            work.dispatch(Act::Replace(imported.pack));
                            notice.set(Notice::CsvImported(file.name()));
                        } else {
                            csv_errors.set(located);
                        }
                    }
                }
            });
        })
    };

    let errors = report.errors.iter().map(|e| {
        let target = locate(&pack, &e.path);
        let text = e.to_string();
        match target {
            Some((scope, i)) => {
                let metric = crate::editor::figures(&pack, &scope)
                    .get(i)
                    .and_then(|f| f["metric"].as_str())
                    .unwrap_or_default()
                    .to_string();
                let index = (!matches!(scope, Scope::Region(_))).then_some(i);
                let cell = Cell {
                    scope,
                    metric,
                    index,
                };
                let on = on_select.clone();
                let onclick = Callback::from(move |_: MouseEvent| on.emit(cell.clone()));
                html! { <li><button type="button" class="ed-link" {onclick}>{ text }</button></li> }
            }
            None => html! { <li>{ text }</li> },
        }
    });
    let count = match report.errors.len() {
        1 => et(lang, EKey::ErrorsOne).to_string(),
        n => fill(et(lang, EKey::ErrorsMany), &[("n", &n.to_string())]),
    };
    let preview_lang_select = {
        let preview_lang = preview_lang.clone();
        Callback::from(move |e: Event| {
            if let Some(l) = picked_lang(&e) {
                preview_lang.set(l);
            }
        })
    };
    let preview_view_select = {
        let preview_view = preview_view.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            preview_view.set(match v.as_str() {
                "table" => PreviewView::Table,
                "panel" => PreviewView::Panel,
                _ => PreviewView::Map,
            });
        })
    };
    let preview_metric = selected.as_ref().map(|c| c.metric.clone()).filter(|m| {
        (pack["metrics"].as_array().into_iter().flatten())
            .any(|x| x["id"] == *m && x["map"] == true)
    });
    let lang_options = |current: Lang| {
        Lang::ALL.iter().map(move |l| html! {
            <option value={l.code()} lang={l.code()} selected={*l == current}>{ l.endonym() }</option>
        })
    };

    html! {
        <div class="ed" lang={lang.code()} ondrop={on_drop} ondragover={on_drag_over}>
            <header class="ed-header">
                <h1>{ et(lang, EKey::Title) }</h1>
                <p>{ et(lang, EKey::Intro) }</p>
                <div class="ed-field ed-inline">
                    <label for="ed-ui-lang">{ et(lang, EKey::InterfaceLang) }</label>
                    <select id="ed-ui-lang" onchange={on_ui}>{ for lang_options(lang) }</select>
                </div>
            </header>
            <section class="ed-start" aria-labelledby="ed-start-title">
                <h2 id="ed-start-title">{ et(lang, EKey::Start) }</h2>
                <div class="ed-row">
                    <button type="button" class="ed-btn" onclick={on_built_in}>{ et(lang, EKey::StartBuiltIn) }</button>
                    <div class="ed-field ed-inline">
                        <label for="ed-open-file">{ et(lang, EKey::OpenFile) }</label>
                        <input type="file" id="ed-open-file" accept=".json,application/json" onchange={on_file} />
                    </div>
                    <span class="ed-hint">{ et(lang, EKey::DropHint) }</span>
                </div>
                <form class="ed-row" onsubmit={on_url}>
                    <div class="ed-field ed-inline">
                        <label for="ed-pack-url">{ et(lang, EKey::PackUrl) }</label>
                        <input type="url" id="ed-pack-url" value={(*url_text).clone()} oninput={on_url_input} />
                    </div>
                    <button type="submit" class="ed-btn">{ et(lang, EKey::LoadUrl) }</button>
                </form>
                <div class="ed-row">
                    <code>{ work.name.clone() }</code>
                    <button type="button" class="ed-btn ed-danger" onclick={on_start_over}
                        disabled={!changed}>{ et(lang, EKey::StartOver) }</button>
                    <span class="ed-hint">{ et(lang, EKey::Saved) }</span>
                </div>
                <p class="ed-notice" role="status">{ notice_text(&notice, lang) }</p>
            </section>
            <div class="ed-main">
                <div class="ed-work">
                    <FigureTable pack={pack.clone()} report={report.clone()} geo={geo.clone()} {lang}
                        selected={(*selected).clone()} on_select={on_select.clone()} />
                    { form.unwrap_or_default() }
                    if let Some(id) = region.clone() {
                        <StatusForm key={format!("{id}/{}", work.revision)} pack={pack.clone()} report={report.clone()}
                            {lang} region={id.clone()} title={scope_name(&Scope::Region(id.clone()))} on_edit={on_edit.clone()} />
                        <PeopleForm key={format!("people/{id}")} pack={pack.clone()} report={report.clone()}
                            {lang} region={id.clone()} title={scope_name(&Scope::Region(id.clone()))} on_edit={on_edit.clone()} />
                    }
                    <section class="ed-checks" aria-labelledby="ed-checks-title">
                        <h2 id="ed-checks-title">{ if ok { et(lang, EKey::NoErrors).to_string() } else { count } }</h2>
                        if !ok {
                            <ul class="ed-errors" lang="en">{ for errors }</ul>
                        }
                        if !report.warnings.is_empty() {
                            <details class="ed-warnings">
                                <summary>{ et(lang, EKey::Warnings) }{ format!(" ({})", report.warnings.len()) }</summary>
                                <ul lang="en">{ for report.warnings.iter().map(|w| html! { <li>{ w.to_string() }</li> }) }</ul>
                            </details>
                        }
                    </section>
                    <section class="ed-export" aria-labelledby="ed-export-title">
                        <h2 id="ed-export-title">{ et(lang, EKey::ExportJson) }</h2>
                        <div class="ed-row">
                            <button type="button" class="ed-btn ed-primary" id="ed-export-json" onclick={on_json}
                                disabled={!ok} aria-describedby={(!ok).then_some("ed-export-why")}>
                                { et(lang, EKey::ExportJson) }</button>
                            <button type="button" class="ed-btn" id="ed-export-csv" onclick={on_csv}
                                disabled={!ok} aria-describedby={(!ok).then_some("ed-export-why")}>
                                { et(lang, EKey::ExportCsv) }</button>
                            <div class="ed-field ed-inline">
                                <label for="ed-import-csv">{ et(lang, EKey::ImportCsv) }</label>
                                <input type="file" id="ed-import-csv" accept=".csv,text/csv" onchange={on_csv_import} />
                            </div>
                        </div>
                        if !ok {
                            <p id="ed-export-why" class="ed-why">{ et(lang, EKey::ExportBlocked) }</p>
                        }
                        if !csv_errors.is_empty() {
                            <div class="ed-csv-errors" role="alert">
                                <p>{ et(lang, EKey::CsvRejected) }</p>
                                <ul lang="en">{ for csv_errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
                            </div>
                        }
                    </section>
                    <Changes base={work.base.clone()} pack={pack.clone()} geo={geo.clone()} {lang} />
                    <section class="ed-other">
                        <h2>{ t(lang, Key::NationalHeading) }</h2>
                        { list_of(Scope::National) }
                        <h2>{ t(lang, Key::OutcomeHeading) }</h2>
                        { list_of(Scope::Outcome) }
                        <h2>{ t(lang, Key::TimelineHeading) }</h2>
                        <ul class="ed-list">{ for timeline }</ul>
                    </section>
                    <MetricForm key={work.revision} report={report.clone()} pack={pack.clone()} {lang} on_edit={on_edit.clone()} />
                </div>
                <section class="ed-preview" aria-labelledby="ed-preview-title">
                    <h2 id="ed-preview-title">{ et(lang, EKey::Preview) }</h2>
                    <div class="ed-row">
                        <div class="ed-field ed-inline">
                            <label for="ed-preview-lang">{ et(lang, EKey::PreviewLang) }</label>
                            <select id="ed-preview-lang" onchange={preview_lang_select}>{ for lang_options(*preview_lang) }</select>
                        </div>
                        <div class="ed-field ed-inline">
                            <label for="ed-preview-view">{ et(lang, EKey::PreviewView) }</label>
                            <select id="ed-preview-view" onchange={preview_view_select}>
                                <option value="map" selected={*preview_view == PreviewView::Map}>{ et(lang, EKey::ViewMap) }</option>
                                <option value="table" selected={*preview_view == PreviewView::Table}>{ et(lang, EKey::ViewTable) }</option>
                                <option value="panel" selected={*preview_view == PreviewView::Panel}>{ et(lang, EKey::ViewPanel) }</option>
                            </select>
                        </div>
                    </div>
                    if !ok {
                        <p class="ed-why">{ et(lang, EKey::PreviewStale) }</p>
                    }
                    if let Some(url) = (*preview_url).clone() {
                        <div class="ed-widget qazaq-explainer">
                            <Preview pack={url} lang={*preview_lang} view={*preview_view}
                                region={region.clone()} metric={preview_metric} />
                        </div>
                    }
                </section>
            </div>
        </div>
    }
}
