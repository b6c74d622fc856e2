from citekit.cli import main

raise SystemExit(main())
