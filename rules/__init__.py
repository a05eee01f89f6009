"""Rule packs shipped with newslint: YAML data, validated by newslint.packs."""
