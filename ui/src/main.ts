import { mount } from "svelte";
import App from "./App.svelte";
import QuickApp from "./QuickApp.svelte";
import "./app.css";

const target = document.getElementById("app");
if (!target) throw new Error("no #app element");
// The quick check-in window loads the same page with `?quick`.
const quick = new URLSearchParams(window.location.search).has("quick");
export default quick ? mount(QuickApp, { target }) : mount(App, { target });
