// The explorer proper, loaded by main.tsx: reads the view and snapshot url from the address,
// starts URL syncing and mounts the explorer at #root.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startUrlSync } from "./store/urlSync";
import "./styles.css";

startUrlSync();
const root = document.getElementById("root");
if (!root) throw new Error("talkgraph ui (boot.tsx): no #root element in index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
