//! The people a unit's reports name: each with their role, their words if quoted and the
//! widget's messages about them, a button to remove them, and a form to add one.

use crate::components::draft::use_draft;
use crate::components::editor_extra::UnitFormProps;
use crate::components::editor_form::{language_select, messages, source_select, text_field};
use crate::editor::{add_person, remove_person, text_in, PersonDraft, Report};
use crate::i18n::editor::{et, EKey};
use crate::i18n::{fill, language_phrase, t, Key};
use crate::lang::Lang;
use serde_json::Value;
use std::rc::Rc;
use yew::prelude::*;

#[function_component(PeopleForm)]
pub fn people_form(p: &UnitFormProps) -> Html {
    let lang = p.lang;
    let draft = use_draft(|| PersonDraft {
        quote_lang: lang.code().into(),
        ..PersonDraft::default()
    });
    let at = (p.pack["regions"].as_array().into_iter().flatten()).position(|r| r["id"] == p.region);
    let people = at
        .and_then(|i| p.pack["regions"][i]["people"].as_array())
        .map(Vec::as_slice)
        .unwrap_or_default();
    let listed = people.iter().enumerate().map(|(j, person)| {
        let path = format!("regions[{}].people[{j}]", at.unwrap_or_default());
        let onclick = {
            let (on_edit, region) = (p.on_edit.clone(), p.region.clone());
            Callback::from(move |_: MouseEvent| {
                let region = region.clone();
                on_edit.emit(Rc::new(move |pack: &mut Value| remove_person(pack, &region, j)));
            })
        };
        let name = text_in(&person["name"], lang).to_string();
        let role = text_in(&person["role"], lang).to_string();
        let quote = person["quote"].as_object().and_then(|q| q.iter().next());
        let problems = ["name", "role", "quote", "source"]
            .map(|f| messages(&p.report, &format!("{path}.{f}"), &format!("ed-p-{j}-{f}-msg")).0);
        html! {
            <li class="ed-person">
                <p><strong>{ name }</strong>{ " · " }{ role }</p>
                if let Some((code, words)) = quote {
                    <blockquote lang={code.clone()}>{ words.as_str().unwrap_or_default().to_string() }</blockquote>
                }
                { for problems }
                <button type="button" class="ed-btn ed-danger" {onclick}
                    aria-label={format!("{}: {}", et(lang, EKey::RemovePerson), text_in(&person["name"], lang))}>
                    { et(lang, EKey::RemovePerson) }
                </button>
            </li>
        }
    });
    let set = |f: fn(&mut PersonDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |v: String| {
            let mut d = draft.get();
            f(&mut d, v);
            draft.set(d);
        })
    };
    let texts = |key: EKey, field: &str, pick: fn(&mut PersonDraft) -> &mut [String; 3]| {
        let fields = Lang::ALL.iter().enumerate().map(|(i, &l)| {
            let label = fill(et(lang, key), &[("lang", language_phrase(lang, l))]);
            let on = {
                let draft = draft.clone();
                Callback::from(move |v: String| {
                    let mut d = draft.get();
                    pick(&mut d)[i] = v;
                    draft.set(d);
                })
            };
            let value = pick(&mut draft.get())[i].clone();
            let id = format!("ed-p-{field}-{}", l.code());
            text_field(&id, &label, &value, &Report::default(), "", on)
        });
        fields.collect::<Html>()
    };
    let onsubmit = {
        let (draft, on_edit, region) = (draft.clone(), p.on_edit.clone(), p.region.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (d, region) = (draft.get(), region.clone());
            let quote_lang = d.quote_lang.clone();
            on_edit.emit(Rc::new(move |pack: &mut Value| {
                add_person(pack, &region, &d)
            }));
            draft.set(PersonDraft {
                quote_lang,
                ..PersonDraft::default()
            });
        })
    };
    let d = &draft.get();
    html! {
        <section class="ed-people" aria-labelledby="ed-people-title">
            <h3 id="ed-people-title">{ format!("{}: {}", p.title, t(lang, Key::PeopleHeading)) }</h3>
            if !people.is_empty() {
                <ul class="ed-people-list">{ for listed }</ul>
            }
            <form class="ed-person-form" aria-labelledby="ed-person-title" {onsubmit}>
                <h4 id="ed-person-title">{ et(lang, EKey::AddPerson) }</h4>
                { texts(EKey::PersonName, "name", |d| &mut d.name) }
                { texts(EKey::PersonRole, "role", |d| &mut d.role) }
                { text_field("ed-p-quote", et(lang, EKey::Quote), &d.quote, &Report::default(), "", set(|d, v| d.quote = v)) }
                <p class="ed-hint">{ et(lang, EKey::QuoteHint) }</p>
                { language_select("ed-p-quote-lang", et(lang, EKey::QuoteLang), &d.quote_lang, set(|d, v| d.quote_lang = v)) }
                { source_select("ed-p-source", et(lang, EKey::Source), &p.pack, &d.source, &Report::default(), "", lang, set(|d, v| d.source = v)) }
                <button type="submit" class="ed-btn">{ et(lang, EKey::AddPerson) }</button>
            </form>
        </section>
    }
}
