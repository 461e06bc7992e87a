//! A minimal Yew app: a heading and a button that counts its clicks, mounted on the page's
//! body. Only what any Yew app pays for: the renderer, one function component, one
//! `use_state` and one event listener.

use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

#[component]
fn Floor() -> Html {
    let clicks = use_state(|| 0u32);
    let onclick = {
        let clicks = clicks.clone();
        Callback::from(move |_| clicks.set(*clicks + 1))
    };
    html! {
        <main class="sg-main">
            <h1 id="sg-heading">{ "Yew floor" }</h1>
            <button type="button" class="sg-button" id="sg-continue" {onclick}>{ *clicks }</button>
        </main>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<Floor>::new().render();
}
