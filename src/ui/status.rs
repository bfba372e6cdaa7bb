//! The app's own status: offline, and a new version waiting.

use leptos::ev;
use leptos::prelude::*;

use super::dom::El;
use super::locale::{revision, tr};
use crate::core::locale::Msg;
use crate::platform::service_worker;

/// Says when the network is gone (and that nothing depends on it), and offers a new version
/// once it has installed; reloading keeps every answer, as they live in storage.
pub fn status() -> El {
    let online = RwSignal::new(service_worker::online());
    let went_online = window_event_listener(ev::online, move |_| online.set(true));
    let went_offline = window_event_listener(ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    let ready = RwSignal::new(false);
    service_worker::register(move || ready.set(true));
    let offline = El::new("p", "status-line")
        .attr("role", "status")
        .bind(move |el| {
            let shown = !online.get();
            revision();
            let _ = el.toggle_attribute_with_force("data-shown", shown);
            el.set_text_content(shown.then(|| tr(Msg::StatusOffline)).as_deref());
        });
    let update = El::new("div", "notice notice--update")
        .attr("role", "status")
        .hidden_if(move || !ready.get())
        .child(El::new("p", "notice__text").text_from(|| {
            revision();
            tr(Msg::StatusUpdate)
        }))
        .child(
            El::new("div", "notice__actions").child(
                El::button("btn btn--small btn--primary", "", |_| {
                    service_worker::apply_update()
                })
                .text_from(|| {
                    revision();
                    tr(Msg::StatusReload)
                }),
            ),
        );
    El::new("div", "status").child(offline).child(update)
}
