// MARK: - HF103 examples: handlers a loop registers run per event, not per iteration

extension HTTPInLoopRule {
    /// A loop that registers a listener per element sends nothing itself: the request runs when
    /// the event fires. A request the loop body sends is still per item.
    static let eventExamples: [RuleExample] = [
        .nonTriggering(
            .typescript,
            """
            for (const dep of dependencies) {
              const element = document.querySelector(`[name="${dep}"]`);
              element.addEventListener("change", () => fetch(`/api/options?dep=${dep}`));
            }
            """),
        .triggering(
            .typescript,
            """
            for (const dep of dependencies) {
              const response = await ↓fetch(`/api/options?dep=${dep}`);
              options.push(await response.json());
            }
            """),
        .nonTriggering(
            .javascript,
            """
            for (const button of buttons) {
              onChildEvent(button.parentElement, ".favourite", "click", () => {
                window.$http.patch("/preferences/favourite", { language: button.dataset.lang });
              });
            }
            """),
    ]
}
