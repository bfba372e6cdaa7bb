//! The app's own status: offline, and a new version waiting.

use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use super::notices::{Note, NoteHost};
use crate::platform::service_worker;

/// Says when the network is gone, and that nothing depends on it.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let online = RwSignal::new(service_worker::online());
    let went_online = window_event_listener(ev::online, move |_| online.set(true));
    let went_offline = window_event_listener(ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        went_online.remove();
        went_offline.remove();
    });
    view! {
        <p class="status-line" class:status-line--shown=move || !online.get() role="status">
            {move || (!online.get()).then_some(
                "You are offline. Everything still works: answers are saved on this device and links can be copied.",
            )}
        </p>
    }
}

/// Offers a new version once it has installed; reloading keeps every answer (they live in storage).
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let ready = RwSignal::new(false);
    service_worker::register(move || ready.set(true));
    let holder = NodeRef::<html::Div>::new();
    let host = NoteHost::follow(holder, move || {
        let note = || {
            Note::new("notice--update", "status", "A new version is ready.".into()).action(
                "Reload",
                "btn btn--small btn--primary",
                service_worker::apply_update,
            )
        };
        ready.get().then(note).into_iter().collect()
    });
    view! { <div node_ref=holder on:click=move |e| host.clicked(e)></div> }
}
