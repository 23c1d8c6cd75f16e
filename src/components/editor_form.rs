//! The form of one figure: value, qualifier, date, notes and source, each field with the
//! widget's own messages about it; the cited source's own fields; a new source.

use crate::components::draft::use_draft;
use crate::editor::{
    add_source, field_message, figures, figures_path, remove_figure, set_figure, set_source_field,
    source_id, source_index, text_in, FigureDraft, Report, Scope, SourceDraft, QUALIFIERS,
};
use crate::i18n::editor::{et, EKey};
use crate::i18n::{fill, language_phrase};
use crate::lang::Lang;
use serde_json::Value;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// An edit of the pack, applied by the editor's root in order.
pub type EditFn = Rc<dyn Fn(&mut Value)>;

/// The widget's messages about the field at `path`, under it, with the id its input points
/// to (`aria-describedby`).
pub fn messages(report: &Report, path: &str, id: &str) -> (Html, Option<String>) {
    let found = report.at(path);
    if found.is_empty() {
        return (html! {}, None);
    }
    let list = html! {
        <ul class="ed-messages" id={id.to_string()} lang="en">
            { for found.iter().map(|e| {
                let warning = !report.errors.contains(e);
                html! { <li class={classes!(warning.then_some("is-warning"))}>{ field_message(&e.message) }</li> }
            }) }
        </ul>
    };
    (list, Some(id.to_string()))
}

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// A labelled text input with its messages; `on` gets the new text at every keystroke.
pub fn text_field(
    id: &str,
    label: &str,
    value: &str,
    report: &Report,
    path: &str,
    on: Callback<String>,
) -> Html {
    let (msgs, described) = messages(report, path, &format!("{id}-msg"));
    let invalid = described.is_some().then_some("true");
    let oninput = Callback::from(move |e: InputEvent| on.emit(input_value(&e)));
    html! {
        <div class="ed-field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <input type="text" id={id.to_string()} value={value.to_string()} {oninput}
                aria-invalid={invalid} aria-describedby={described} data-path={path.to_string()} />
            { msgs }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FigureFormProps {
    pub pack: Rc<Value>,
    pub report: Rc<Report>,
    pub lang: Lang,
    pub scope: Scope,
    pub metric: String,
    /// The figure's place in its list; none while the unit has no figure for the metric.
    pub index: Option<usize>,
    /// "Pavlodar Region: coalition members".
    pub title: String,
    pub on_edit: Callback<EditFn>,
}

#[function_component(FigureForm)]
pub fn figure_form(p: &FigureFormProps) -> Html {
    let lang = p.lang;
    let list = figures(&p.pack, &p.scope);
    let current = p.index.and_then(|i| list.get(i));
    // The text as typed: a half-typed number ("1.") must not be rewritten under the cursor.
    let draft = use_draft(|| current.map(FigureDraft::of));
    let new_source = use_draft(|| None::<SourceDraft>);
    let Some(d) = draft.get() else {
        let onclick = {
            let draft = draft.clone();
            let metric = p.metric.clone();
            let on_edit = p.on_edit.clone();
            let scope = p.scope.clone();
            Callback::from(move |_: MouseEvent| {
                let d = FigureDraft {
                    metric: metric.clone(),
                    qualifier: "exact".into(),
                    ..Default::default()
                };
                let (scope, add) = (scope.clone(), d.clone());
                on_edit.emit(Rc::new(move |pack: &mut Value| {
                    set_figure(pack, &scope, None, &add);
                }));
                draft.set(Some(d));
            })
        };
        return html! {
            <section class="ed-form" aria-labelledby="ed-form-title">
                <h3 id="ed-form-title">{ p.title.clone() }</h3>
                <p>{ et(lang, EKey::NotReported) }</p>
                <button type="button" class="ed-btn" {onclick}>{ et(lang, EKey::AddFigure) }</button>
            </section>
        };
    };
    let base = figures_path(&p.pack, &p.scope).unwrap_or_default();
    let index = p.index.unwrap_or(list.len());
    let at = format!("{base}[{index}]");
    // Every change of a field writes the whole figure, as typed.
    let change = |f: fn(&mut FigureDraft, String)| {
        let draft = draft.clone();
        let on_edit = p.on_edit.clone();
        let scope = p.scope.clone();
        let index = p.index;
        Callback::from(move |text: String| {
            let mut d = draft.get().unwrap_or_default();
            f(&mut d, text);
            let (scope, next) = (scope.clone(), d.clone());
            on_edit.emit(Rc::new(move |pack: &mut Value| {
                set_figure(pack, &scope, index, &next);
            }));
            draft.set(Some(d));
        })
    };
    let report = &p.report;
    let (q_msgs, q_described) = messages(report, &format!("{at}.qualifier"), "ed-f-qualifier-msg");
    let on_qualifier = {
        let on = change(|d, t| d.qualifier = t);
        Callback::from(move |e: Event| on.emit(select_value(&e)))
    };
    let qualifier_label = |code: &str| match code {
        "exact" => et(lang, EKey::QualExact),
        "approx" => et(lang, EKey::QualApprox),
        "at_least" => et(lang, EKey::QualAtLeast),
        _ => et(lang, EKey::QualAlmost),
    };
    let known = QUALIFIERS.iter().any(|(c, _)| *c == d.qualifier);
    let remove = {
        let on_edit = p.on_edit.clone();
        let scope = p.scope.clone();
        let draft = draft.clone();
        p.index.map(|i| {
            Callback::from(move |_: MouseEvent| {
                let scope = scope.clone();
                on_edit.emit(Rc::new(move |pack: &mut Value| {
                    remove_figure(pack, &scope, i)
                }));
                draft.set(None);
            })
        })
    };

    let cited = source_index(&p.pack, &d.source);
    let source_fields = cited.map(|k| {
        let s = &p.pack["sources"][k];
        let path = format!("sources[{k}]");
        let edit = |field: &'static str| {
            let on_edit = p.on_edit.clone();
            Callback::from(move |text: String| {
                on_edit.emit(Rc::new(move |pack: &mut Value| set_source_field(pack, k, field, &text)));
            })
        };
        let published = s["language"].as_str().unwrap_or_default();
        let titles = Lang::ALL.iter().map(|&l| {
            let label = if l.code() == published {
                et(lang, EKey::Headline).to_string()
            } else {
                fill(et(lang, EKey::TranslationIn), &[("lang", language_phrase(lang, l))])
            };
            let field: &'static str = match l {
                Lang::Kk => "title.kk",
                Lang::Ru => "title.ru",
                Lang::En => "title.en",
            };
            text_field(&format!("ed-s-title-{}", l.code()), &label, s["title"][l.code()].as_str().unwrap_or_default(),
                report, &format!("{path}.{field}"), edit(field))
        });
        let str_of = |k: &str| s[k].as_str().unwrap_or_default().to_string();
        html! {
            <fieldset class="ed-source">
                <legend>{ et(lang, EKey::Source) }{ ": " }<code>{ str_of("id") }</code></legend>
                { messages(report, &format!("{path}.id"), "ed-s-id-msg").0 }
                { text_field("ed-s-outlet", et(lang, EKey::Outlet), &str_of("outlet"), report, &format!("{path}.outlet"), edit("outlet")) }
                { text_field("ed-s-url", et(lang, EKey::Url), &str_of("url"), report, &format!("{path}.url"), edit("url")) }
                { text_field("ed-s-date", et(lang, EKey::SourceDate), &str_of("date"), report, &format!("{path}.date"), edit("date")) }
                { language_select("ed-s-language", et(lang, EKey::SourceLang), &str_of("language"), edit("language")) }
                { for titles }
                <p class="ed-hint">{ et(lang, EKey::TranslationHint) }</p>
            </fieldset>
        }
    });

    let adding = new_source.get().map(|s| {
        let set = |f: fn(&mut SourceDraft, String)| {
            let new_source = new_source.clone();
            Callback::from(move |text: String| {
                let mut s = new_source.get().unwrap_or_default();
                f(&mut s, text);
                new_source.set(Some(s));
            })
        };
        let none = Report::default();
        let submit = {
            let new_source = new_source.clone();
            let draft = draft.clone();
            let on_edit = p.on_edit.clone();
            let scope = p.scope.clone();
            let pack = p.pack.clone();
            let index = p.index;
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let Some(s) = new_source.get() else { return };
                let mut d = draft.get().unwrap_or_default();
                d.source = source_id(&pack, &s.outlet, &s.date);
                let (scope, next) = (scope.clone(), d.clone());
                on_edit.emit(Rc::new(move |pack: &mut Value| {
                    add_source(pack, &s);
                    set_figure(pack, &scope, index, &next);
                }));
                draft.set(Some(d));
                new_source.set(None);
            })
        };
        let others = Lang::ALL.iter().filter(|l| l.code() != s.language).map(|&l| {
            let i = Lang::ALL.iter().position(|&x| x == l).unwrap_or(0);
            let new_source = new_source.clone();
            let on = Callback::from(move |text: String| {
                let mut s = new_source.get().unwrap_or_default();
                s.translations[i] = text;
                new_source.set(Some(s));
            });
            let label = fill(et(lang, EKey::TranslationIn), &[("lang", language_phrase(lang, l))]);
            text_field(&format!("ed-n-tr-{}", l.code()), &label, &s.translations[i], &none, "", on)
        });
        html! {
            <form class="ed-new-source" onsubmit={submit} aria-labelledby="ed-new-source-title">
                <h4 id="ed-new-source-title">{ et(lang, EKey::NewSource) }</h4>
                { text_field("ed-n-outlet", et(lang, EKey::Outlet), &s.outlet, &none, "", set(|s, t| s.outlet = t)) }
                { text_field("ed-n-url", et(lang, EKey::Url), &s.url, &none, "", set(|s, t| s.url = t)) }
                { text_field("ed-n-date", et(lang, EKey::SourceDate), &s.date, &none, "", set(|s, t| s.date = t)) }
                { language_select("ed-n-language", et(lang, EKey::SourceLang), &s.language, set(|s, t| s.language = t)) }
                { text_field("ed-n-headline", et(lang, EKey::Headline), &s.headline, &none, "", set(|s, t| s.headline = t)) }
                { for others }
                <p class="ed-hint">{ et(lang, EKey::TranslationHint) }</p>
                <button type="submit" class="ed-btn">{ et(lang, EKey::AddSource) }</button>
            </form>
        }
    });
    let open_new = {
        let new_source = new_source.clone();
        let lang = lang.code();
        Callback::from(move |_: MouseEvent| {
            new_source.set(Some(SourceDraft {
                language: lang.to_string(),
                ..Default::default()
            }))
        })
    };

    let notes = Lang::ALL.iter().enumerate().map(|(i, &l)| {
        let label = fill(
            et(lang, EKey::NoteIn),
            &[("lang", language_phrase(lang, l))],
        );
        let on = {
            let draft = draft.clone();
            let on_edit = p.on_edit.clone();
            let scope = p.scope.clone();
            let index = p.index;
            Callback::from(move |text: String| {
                let mut d = draft.get().unwrap_or_default();
                d.note[i] = text;
                let (scope, next) = (scope.clone(), d.clone());
                on_edit.emit(Rc::new(move |pack: &mut Value| {
                    set_figure(pack, &scope, index, &next);
                }));
                draft.set(Some(d));
            })
        };
        text_field(
            &format!("ed-f-note-{}", l.code()),
            &label,
            &d.note[i],
            report,
            &format!("{at}.note.{}", l.code()),
            on,
        )
    });

    html! {
        <section class="ed-form" aria-labelledby="ed-form-title">
            <h3 id="ed-form-title">{ p.title.clone() }</h3>
            { messages(report, &at, "ed-f-msg").0 }
            { text_field("ed-f-value", et(lang, EKey::Value), &d.value, report, &format!("{at}.value"), change(|d, t| d.value = t)) }
            <div class="ed-field">
                <label for="ed-f-qualifier">{ et(lang, EKey::Qualifier) }</label>
                <select id="ed-f-qualifier" onchange={on_qualifier} data-path={format!("{at}.qualifier")}
                    aria-invalid={q_described.is_some().then_some("true")} aria-describedby={q_described}>
                    { for QUALIFIERS.iter().map(|(code, _)| html! {
                        <option value={*code} selected={d.qualifier == *code}>{ qualifier_label(code) }</option>
                    }) }
                    if !known {
                        <option value={d.qualifier.clone()} selected=true>
                            { fill(et(lang, EKey::QualUnknown), &[("code", &d.qualifier)]) }
                        </option>
                    }
                </select>
                { q_msgs }
            </div>
            { text_field("ed-f-as-of", et(lang, EKey::AsOf), &d.as_of, report, &format!("{at}.as_of"), change(|d, t| d.as_of = t)) }
            <p class="ed-hint">{ et(lang, EKey::DateHint) }</p>
            { for notes }
            { source_select("ed-f-source", et(lang, EKey::Source), &p.pack, &d.source, report, &format!("{at}.source"), lang, change(|d, t| d.source = t)) }
            { source_fields.unwrap_or_default() }
            if let Some(form) = adding {
                { form }
            } else {
                <button type="button" class="ed-btn" onclick={open_new}>{ et(lang, EKey::NewSource) }</button>
            }
            if let Some(onclick) = remove {
                <button type="button" class="ed-btn ed-danger" {onclick}>{ et(lang, EKey::RemoveFigure) }</button>
            }
        </section>
    }
}

/// A choice of the pack's sources (outlet · date · headline), with the widget's messages
/// about the reference at `path`; "Choose a source" while `value` names none of them.
#[allow(clippy::too_many_arguments)]
pub fn source_select(
    id: &str,
    label: &str,
    pack: &Value,
    value: &str,
    report: &Report,
    path: &str,
    lang: Lang,
    on: Callback<String>,
) -> Html {
    let (msgs, described) = messages(report, path, &format!("{id}-msg"));
    let onchange = Callback::from(move |e: Event| on.emit(select_value(&e)));
    let sources = pack["sources"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    html! {
        <div class="ed-field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <select id={id.to_string()} {onchange} data-path={path.to_string()}
                aria-invalid={described.is_some().then_some("true")} aria-describedby={described}>
                if source_index(pack, value).is_none() {
                    <option value={value.to_string()} selected=true>{ et(lang, EKey::SourceNone) }</option>
                }
                { for sources.iter().map(|s| {
                    let id = s["id"].as_str().unwrap_or_default().to_string();
                    let label = format!("{} · {} · {}", s["outlet"].as_str().unwrap_or_default(),
                        s["date"].as_str().unwrap_or_default(), text_in(&s["title"], lang));
                    html! { <option value={id.clone()} selected={id == value}>{ label }</option> }
                }) }
            </select>
            { msgs }
        </div>
    }
}

/// A choice of kk, ru, en, each named in the interface language.
pub fn language_select(id: &str, label: &str, value: &str, on: Callback<String>) -> Html {
    let onchange = Callback::from(move |e: Event| on.emit(select_value(&e)));
    html! {
        <div class="ed-field">
            <label for={id.to_string()}>{ label.to_string() }</label>
            <select id={id.to_string()} {onchange}>
                { for Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={l.code() == value}>{ l.endonym() }</option>
                }) }
            </select>
        </div>
    }
}
