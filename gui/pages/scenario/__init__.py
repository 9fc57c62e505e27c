"""Parts of the Scenario page: field bindings, form sections, YAML tab and promo presets."""
