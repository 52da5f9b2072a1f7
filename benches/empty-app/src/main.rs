use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| view! { <p data-testid="total-month">"0"</p> });
}
