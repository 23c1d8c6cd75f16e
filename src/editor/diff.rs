//! What changed between the pack the editor started from and the one being edited, figure by
//! figure, for the article's correction note.

use super::Scope;
use serde_json::Value;
use std::collections::BTreeMap;

/// One figure that changed, was added or was removed.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub scope: Scope,
    pub metric: String,
    /// `None`: the figure is new.
    pub before: Option<Value>,
    /// `None`: the figure was removed (the unit's figure is now not reported).
    pub after: Option<Value>,
}

/// Each figure of a pack keyed by scope, metric and, where a scope holds several reports of
/// one metric (nationwide figures from different sources), their order among them.
type Keyed<'a> = BTreeMap<(Scope, String, usize), &'a Value>;

fn keyed(pack: &Value) -> Keyed<'_> {
    fn add<'a>(out: &mut Keyed<'a>, scope: Scope, list: &'a Value) {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for f in list.as_array().into_iter().flatten() {
            let metric = f["metric"].as_str().unwrap_or_default().to_string();
            let n = seen.entry(metric.clone()).or_default();
            out.insert((scope.clone(), metric, *n), f);
            *n += 1;
        }
    }
    let mut out = BTreeMap::new();
    for r in pack["regions"].as_array().into_iter().flatten() {
        let id = r["id"].as_str().unwrap_or_default().to_string();
        add(&mut out, Scope::Region(id), &r["figures"]);
    }
    add(&mut out, Scope::National, &pack["national"]["figures"]);
    add(&mut out, Scope::Outcome, &pack["outcome"]["figures"]);
    out
}

/// The figures that differ between `before` and `after`, in the order of scope and metric.
pub fn figures(before: &Value, after: &Value) -> Vec<Change> {
    let (old, new) = (keyed(before), keyed(after));
    let mut keys: Vec<_> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (b, a) = (old.get(k).copied(), new.get(k).copied());
            (b != a).then(|| Change {
                scope: k.0.clone(),
                metric: k.1.clone(),
                before: b.cloned(),
                after: a.cloned(),
            })
        })
        .collect()
}

/// The ids of the sources `after` has and `before` had not.
pub fn added_sources(before: &Value, after: &Value) -> Vec<String> {
    let ids = |p: &Value| -> Vec<String> {
        p["sources"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s["id"].as_str().map(str::to_string))
            .collect()
    };
    let old = ids(before);
    ids(after)
        .into_iter()
        .filter(|id| !old.contains(id))
        .collect()
}
