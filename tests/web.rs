//! In-browser tests (wasm-pack test --headless --chrome): the app mounts in a real Chromium,
//! renders the first screen from the generated content, and the reducer drives the DOM.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use signaal::domain::locale::Locale;
use signaal::domain::options::Options;
use signaal::ui::app::{App, AppProps, Config};
use signaal::ui::state::State;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn mount(locale: Locale) -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    let config = Rc::new(Config {
        options: Options::default(),
        owns_page: false,
        owns_history: false,
    });
    yew::Renderer::<App>::with_root_and_props(
        div.clone(),
        AppProps {
            initial: State::new(&signaal::content::TABLES, locale, Default::default()),
            config,
        },
    )
    .render();
    yew::scheduler::flush().await;
    div
}

#[wasm_bindgen_test]
async fn first_screen_renders_in_each_locale() {
    for l in Locale::ALL {
        let root = mount(l).await;
        let h1 = root
            .query_selector("#sg-heading")
            .unwrap()
            .expect("heading");
        assert_eq!(
            h1.text_content().unwrap(),
            signaal::content::texts(l).start_title
        );
        let options = root.query_selector_all("#sg-lang option").unwrap();
        assert_eq!(options.length(), 5);
        assert!(root.text_content().unwrap().contains("911"));
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn continue_without_choices_shows_an_error() {
    let root = mount(Locale::En).await;
    let button: web_sys::HtmlElement = root
        .query_selector("#sg-continue")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    yew::scheduler::flush().await;
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("error summary");
    assert!(alert
        .text_content()
        .unwrap()
        .contains(signaal::content::texts(Locale::En).error_island));
    root.remove();
}

#[wasm_bindgen_test]
async fn choosing_island_and_path_moves_to_the_safety_note() {
    let root = mount(Locale::Nl).await;
    for sel in ["#sg-island-1", "#sg-path-self", "#sg-continue"] {
        let el: web_sys::HtmlElement = root.query_selector(sel).unwrap().unwrap().unchecked_into();
        el.click();
        yew::scheduler::flush().await;
    }
    let h1 = root.query_selector("#sg-heading").unwrap().unwrap();
    assert_eq!(
        h1.text_content().unwrap(),
        signaal::content::texts(Locale::Nl).safety_title
    );
    root.remove();
}
