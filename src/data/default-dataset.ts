import type { Dataset } from './types.js';

/**
 * The built-in story, as of late May 2026. Every figure names the sources that state it
 * (see ../shared/FACTS.md for the fact sheet). Ratios are not stored: they are computed.
 * Prose is given in English, French and German; source titles stay in their own language.
 */
export const defaultDataset: Dataset = {
  "meta": {
    "title": {
      "en": "Mistral AI's sovereignty bet",
      "fr": "Mistral AI, le pari de la souveraineté",
      "de": "Mistral AI setzt auf Souveränität"
    },
    "question": {
      "en": "Different game, or already lost?",
      "fr": "Un autre jeu, ou une partie déjà perdue ?",
      "de": "Anderes Spiel – oder schon verloren?"
    },
    "summary": {
      "en": "At its Paris summit, Mistral AI presented itself as Europe's full-stack AI provider, not a lab racing for the biggest model. The same facts support two readings: a strategy, or a retreat from a race it cannot afford.",
      "fr": "À son sommet parisien, Mistral AI s’est présentée comme le fournisseur européen de toute la chaîne de l’IA, non comme un laboratoire en quête du plus gros modèle. Les mêmes faits permettent deux lectures : une stratégie, ou un repli face à une course hors de ses moyens.",
      "de": "Auf seinem Gipfel in Paris stellte sich Mistral AI als europäischer Komplettanbieter für KI vor, nicht als Labor im Rennen um das größte Modell. Dieselben Fakten erlauben zwei Lesarten: Strategie – oder Rückzug aus einem Rennen, das es sich nicht leisten kann."
    },
    "asOf": "2026-05",
    "event": {
      "name": "AI Now Summit",
      "place": "Paris",
      "date": "2026-05-28",
      "sources": [
        "tma-bet",
        "mistral-summit"
      ]
    }
  },
  "parties": {
    "subject": {
      "name": "Mistral AI",
      "short": "Mistral"
    },
    "rival": {
      "name": "Anthropic",
      "short": "Anthropic"
    }
  },
  "sources": [
    {
      "id": "tma-bet",
      "title": "Different Game, or Already Lost? Reading Mistral's Sovereignty Bet",
      "publisher": "Thorsten Meyer AI",
      "date": "2026-05"
    },
    {
      "id": "mistral-summit",
      "title": "AI Now Summit summary",
      "publisher": "Mistral AI",
      "url": "https://mistral.ai/news/ai-now-summit-2026/",
      "date": "2026-05-28"
    },
    {
      "id": "mistral-compute",
      "title": "Mistral Compute",
      "publisher": "Mistral AI",
      "url": "https://mistral.ai/products/compute/",
      "date": "2026-05"
    },
    {
      "id": "anthropic-series-h",
      "title": "Series H announcement",
      "publisher": "Anthropic",
      "url": "https://www.anthropic.com/news/series-h",
      "date": "2026-05-28"
    },
    {
      "id": "van-gilst-hn",
      "title": "Notes on the AI Now Summit, and the Hacker News discussion that followed",
      "publisher": "Koen van Gilst; Hacker News",
      "date": "2026-05"
    }
  ],
  "computeGap": {
    "title": {
      "en": "Compute and capital: Mistral against a frontier leader",
      "fr": "Calcul et capitaux : Mistral face à un leader de l’IA",
      "de": "Rechenleistung und Kapital: Mistral gegen einen KI-Spitzenreiter"
    },
    "takeaway": {
      "en": "The gap is the constraint behind the strategy: without frontier-scale money and power, efficiency and sovereignty are the rational bet.",
      "fr": "L’écart est la contrainte derrière la stratégie : sans l’argent ni l’énergie des laboratoires de pointe, miser sur l’efficacité et la souveraineté est le choix rationnel.",
      "de": "Die Lücke ist die Bedingung hinter der Strategie: Ohne das Geld und die Energie der Spitzenlabore sind Effizienz und Souveränität die vernünftige Wette."
    },
    "capital": {
      "title": {
        "en": "Capital raised",
        "fr": "Capitaux levés",
        "de": "Eingeworbenes Kapital"
      },
      "subject": {
        "value": 3900000000,
        "unit": "USD",
        "qualifier": "about",
        "label": {
          "en": "All funding to date, over nine rounds",
          "fr": "Total des fonds levés à ce jour, en neuf tours de table",
          "de": "Gesamte bisherige Finanzierung, in neun Runden"
        },
        "sources": [
          "tma-bet"
        ],
        "asOf": "2026-05"
      },
      "rival": {
        "value": 65000000000,
        "unit": "USD",
        "qualifier": "exact",
        "label": {
          "en": "Series H, a single funding round",
          "fr": "Série H, un seul tour de table",
          "de": "Serie H, eine einzige Finanzierungsrunde"
        },
        "sources": [
          "anthropic-series-h",
          "tma-bet"
        ],
        "asOf": "2026-05-28"
      }
    },
    "compute": {
      "title": {
        "en": "Compute capacity",
        "fr": "Capacité de calcul",
        "de": "Rechenkapazität"
      },
      "subject": {
        "value": 200,
        "unit": "MW",
        "qualifier": "exact",
        "label": {
          "en": "European capacity targeted for 2027",
          "fr": "Capacité européenne visée pour 2027",
          "de": "In Europa angestrebte Kapazität für 2027"
        },
        "sources": [
          "mistral-compute",
          "tma-bet"
        ],
        "asOf": "2026-05"
      },
      "rival": {
        "value": 10000,
        "unit": "MW",
        "qualifier": "more-than",
        "label": {
          "en": "Committed across its infrastructure deals",
          "fr": "Engagée dans l’ensemble de ses accords d’infrastructure",
          "de": "In seinen Infrastrukturverträgen zugesagt"
        },
        "sources": [
          "tma-bet"
        ],
        "asOf": "2026-05"
      }
    }
  },
  "metricToggle": {
    "kind": "illustrative",
    "title": {
      "en": "Small and specialised, or large and general? It depends on the metric",
      "fr": "Petit et spécialisé, ou grand et généraliste ? Selon la mesure",
      "de": "Klein und spezialisiert oder groß und universell? Je nach Maßstab"
    },
    "note": {
      "en": "Illustrative index, not a measurement: no source publishes benchmarks for this comparison. The bars show only which kind of model comes out ahead.",
      "fr": "Indice illustratif, pas une mesure : aucune source ne publie de banc d’essai pour cette comparaison. Les barres indiquent seulement quel type de modèle l’emporte.",
      "de": "Illustrativer Index, keine Messung: Keine Quelle veröffentlicht Benchmarks für diesen Vergleich. Die Balken zeigen nur, welche Art von Modell vorn liegt."
    },
    "models": {
      "small": {
        "en": "Small specialised model",
        "fr": "Petit modèle spécialisé",
        "de": "Kleines Spezialmodell"
      },
      "large": {
        "en": "Large general model",
        "fr": "Grand modèle généraliste",
        "de": "Großes Universalmodell"
      }
    },
    "metrics": [
      {
        "id": "speed",
        "label": {
          "en": "Speed",
          "fr": "Vitesse",
          "de": "Geschwindigkeit"
        },
        "unit": {
          "en": "time per call",
          "fr": "temps par appel",
          "de": "Zeit pro Aufruf"
        },
        "better": "lower",
        "perCall": true,
        "small": 25,
        "large": 100
      },
      {
        "id": "energy",
        "label": {
          "en": "Energy",
          "fr": "Énergie",
          "de": "Energie"
        },
        "unit": {
          "en": "energy per call",
          "fr": "énergie par appel",
          "de": "Energie pro Aufruf"
        },
        "better": "lower",
        "perCall": true,
        "small": 20,
        "large": 100
      },
      {
        "id": "cost",
        "label": {
          "en": "Cost per token",
          "fr": "Coût par jeton",
          "de": "Kosten pro Token"
        },
        "unit": {
          "en": "cost per call",
          "fr": "coût par appel",
          "de": "Kosten pro Aufruf"
        },
        "better": "lower",
        "perCall": true,
        "small": 15,
        "large": 100
      },
      {
        "id": "reasoning",
        "label": {
          "en": "Reasoning",
          "fr": "Raisonnement",
          "de": "Denkleistung"
        },
        "unit": {
          "en": "reasoning score",
          "fr": "score de raisonnement",
          "de": "Denkleistung"
        },
        "better": "higher",
        "perCall": false,
        "small": 60,
        "large": 100
      }
    ],
    "calls": {
      "min": 1,
      "max": 500,
      "default": 100
    },
    "sources": [
      "tma-bet",
      "van-gilst-hn"
    ]
  },
  "stack": {
    "title": {
      "en": "Four pillars of the full-stack pitch",
      "fr": "Les quatre piliers de l’offre intégrée",
      "de": "Vier Säulen des Komplettangebots"
    },
    "pillars": [
      {
        "id": "compute",
        "title": {
          "en": "Compute",
          "fr": "Calcul",
          "de": "Rechenleistung"
        },
        "items": [
          {
            "text": {
              "en": "A 40 MW data centre south of Paris, at Bruyères-le-Châtel",
              "fr": "Un centre de données de 40 MW au sud de Paris, à Bruyères-le-Châtel",
              "de": "Ein 40-MW-Rechenzentrum südlich von Paris, in Bruyères-le-Châtel"
            },
            "sources": [
              "tma-bet"
            ]
          },
          {
            "text": {
              "en": "A €1.2 billion build in Sweden",
              "fr": "Un chantier de 1,2 milliard d’euros en Suède",
              "de": "Ein Neubau für 1,2 Milliarden Euro in Schweden"
            },
            "sources": [
              "tma-bet"
            ]
          },
          {
            "text": {
              "en": "A 10 MW inference site at Les Ulis, planned for Q3 2026",
              "fr": "Les Ulis : un site d’inférence de 10 MW, prévu pour le T3 2026",
              "de": "Ein 10-MW-Standort für Inferenz in Les Ulis, geplant für Q3 2026"
            },
            "sources": [
              "mistral-summit"
            ]
          },
          {
            "text": {
              "en": "200 MW of European capacity targeted by 2027",
              "fr": "200 MW de capacité en Europe visés d’ici 2027",
              "de": "200 MW Kapazität in Europa bis 2027 angestrebt"
            },
            "sources": [
              "mistral-compute",
              "tma-bet"
            ]
          }
        ]
      },
      {
        "id": "models",
        "title": {
          "en": "Models",
          "fr": "Modèles",
          "de": "Modelle"
        },
        "items": [
          {
            "text": {
              "en": "Open-weight and custom models, tuned for efficiency",
              "fr": "Modèles à poids ouverts et sur mesure, optimisés pour l’efficacité",
              "de": "Modelle mit offenen Gewichten und Maßanfertigungen, auf Effizienz getrimmt"
            },
            "sources": [
              "tma-bet"
            ]
          },
          {
            "text": {
              "en": "Customers can hold the weights and run them inside their own walls",
              "fr": "Les clients peuvent détenir les poids et faire tourner les modèles dans leurs propres murs",
              "de": "Kunden können die Gewichte besitzen und die Modelle im eigenen Haus betreiben"
            },
            "sources": [
              "tma-bet"
            ]
          },
          {
            "text": {
              "en": "Small specialised models: Voxtral, Robostral, Codestral, Document AI",
              "fr": "Petits modèles spécialisés : Voxtral, Robostral, Codestral, Document AI",
              "de": "Kleine Spezialmodelle: Voxtral, Robostral, Codestral, Document AI"
            },
            "sources": [
              "tma-bet"
            ]
          }
        ]
      },
      {
        "id": "platform",
        "title": {
          "en": "Platform",
          "fr": "Plateforme",
          "de": "Plattform"
        },
        "items": [
          {
            "text": {
              "en": "Forge, for building custom models",
              "fr": "Forge, pour créer des modèles sur mesure",
              "de": "Forge, zum Bau maßgeschneiderter Modelle"
            },
            "sources": [
              "tma-bet"
            ]
          },
          {
            "text": {
              "en": "Vibe for Work, an agentic assistant aimed at Claude for Work",
              "fr": "Vibe for Work, un assistant agentique conçu pour rivaliser avec Claude for Work",
              "de": "Vibe for Work, ein agentischer Assistent als Konkurrenz zu Claude for Work"
            },
            "sources": [
              "tma-bet",
              "mistral-summit"
            ]
          }
        ]
      },
      {
        "id": "consultancy",
        "title": {
          "en": "Consultancy",
          "fr": "Conseil",
          "de": "Beratung"
        },
        "items": [
          {
            "text": {
              "en": "Its own sales teams and integrator partners",
              "fr": "Ses propres équipes commerciales et des intégrateurs partenaires",
              "de": "Eigene Vertriebsteams und Integrationspartner"
            },
            "sources": [
              "tma-bet"
            ]
          },
          {
            "text": {
              "en": "European provenance and support",
              "fr": "Origine et support européens",
              "de": "Europäische Herkunft und europäischer Support"
            },
            "sources": [
              "tma-bet"
            ]
          },
          {
            "text": {
              "en": "The Koyeb acquisition, for deployment at scale",
              "fr": "Le rachat de Koyeb, pour déployer à grande échelle",
              "de": "Die Übernahme von Koyeb, für den Einsatz im großen Maßstab"
            },
            "sources": [
              "tma-bet"
            ]
          }
        ]
      }
    ],
    "quote": {
      "text": {
        "en": "To deploy AI in the enterprise, you actually need, as an AI provider, to own the full stack… transforming electrons into tokens and intelligence.",
        "fr": "Pour déployer l’IA en entreprise, un fournisseur d’IA doit en réalité posséder toute la chaîne… transformer des électrons en jetons et en intelligence.",
        "de": "Um KI in Unternehmen einzusetzen, muss man als KI-Anbieter tatsächlich den gesamten Stack besitzen… Elektronen in Tokens und Intelligenz verwandeln."
      },
      "speaker": "Arthur Mensch",
      "role": {
        "en": "Mistral AI chief executive",
        "fr": "PDG de Mistral AI",
        "de": "Chef von Mistral AI"
      },
      "sources": [
        "tma-bet"
      ]
    }
  },
  "useCases": {
    "title": {
      "en": "Narrow models doing real work",
      "fr": "Des modèles ciblés pour des tâches concrètes",
      "de": "Spezialmodelle im Praxiseinsatz"
    },
    "summary": {
      "en": "One model doing one job well: the concrete side of the strategy. The open question is whether the bundle beats a free open-weight download.",
      "fr": "Un modèle, une tâche, bien faite : le versant concret de la stratégie. Reste à savoir si l’offre vaut mieux qu’un modèle ouvert gratuit.",
      "de": "Ein Modell, eine Aufgabe, gut erledigt: die konkrete Seite der Strategie. Offen bleibt, ob das Paket ein kostenloses Open-Weight-Modell schlägt."
    },
    "items": [
      {
        "id": "bnp-kyc",
        "title": {
          "en": "Know-your-customer checks on premises",
          "fr": "Connaissance client (KYC) sur site",
          "de": "Kundenprüfung (KYC) im eigenen Haus"
        },
        "customer": "BNP Paribas",
        "sector": "finance",
        "summary": {
          "en": "The bank runs Mistral models on its own servers in Belgium for know-your-customer checks, so financial data stays in-house.",
          "fr": "La banque fait tourner des modèles Mistral sur ses propres serveurs en Belgique pour ses contrôles KYC : les données financières restent en interne.",
          "de": "Die Bank betreibt Mistral-Modelle auf eigenen Servern in Belgien für KYC-Prüfungen; die Finanzdaten bleiben im Haus."
        },
        "figures": [
          {
            "text": {
              "en": "First customer, 2023",
              "fr": "Premier client, en 2023",
              "de": "Erster Kunde, 2023"
            },
            "sources": [
              "tma-bet"
            ]
          }
        ],
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "voxtral-alexa",
        "title": {
          "en": "Multilingual voice for Alexa+",
          "fr": "Une voix multilingue pour Alexa+",
          "de": "Mehrsprachige Stimme für Alexa+"
        },
        "customer": "Amazon",
        "sector": "voice",
        "model": "Voxtral",
        "summary": {
          "en": "A voice model built for many languages sits behind Alexa+ in Europe.",
          "fr": "Un modèle vocal conçu pour de nombreuses langues équipe Alexa+ en Europe.",
          "de": "Ein auf viele Sprachen ausgelegtes Audiomodell steckt in Europa hinter Alexa+."
        },
        "figures": [],
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "robostral-asml",
        "title": {
          "en": "Industrial robotics",
          "fr": "Robotique industrielle",
          "de": "Industrierobotik"
        },
        "customer": "ASML",
        "sector": "industry",
        "model": "Robostral",
        "summary": {
          "en": "Robotics work with ASML, part of a wider \"physics AI\" push that the Emmi acquisition extends to design and simulation in aerospace, cars and chips.",
          "fr": "Des travaux de robotique avec ASML, dans le cadre d’une offensive plus large sur l’« IA physique », que le rachat d’Emmi étend à la conception et à la simulation dans l’aéronautique, l’automobile et les puces.",
          "de": "Robotikprojekte mit ASML, Teil eines breiteren Vorstoßes in die „Physik-KI“, den die Übernahme von Emmi auf Design und Simulation in Luftfahrt, Autoindustrie und Chipbranche ausweitet."
        },
        "figures": [],
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "epo-document-ai",
        "title": {
          "en": "Reading documents at scale",
          "fr": "Lire des documents en masse",
          "de": "Dokumente lesen im großen Stil"
        },
        "customer": "European Patent Office",
        "sector": "documents",
        "model": "Document AI",
        "summary": {
          "en": "Text extraction (OCR) across very large volumes of patent documents.",
          "fr": "Extraction de texte (OCR) sur des volumes considérables de documents de brevets.",
          "de": "Texterkennung (OCR) für riesige Bestände an Patentschriften."
        },
        "figures": [],
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "apollo-papyri",
        "title": {
          "en": "Apollo: reading ancient papyri",
          "fr": "Apollo : déchiffrer des papyrus antiques",
          "de": "Apollo: antike Papyri entziffern"
        },
        "customer": "Austrian Academy of Sciences",
        "sector": "research",
        "model": {
          "en": "Codestral (fine-tuned)",
          "fr": "Codestral (affiné)",
          "de": "Codestral (feinabgestimmt)"
        },
        "summary": {
          "en": "Researchers fine-tuned Codestral, with Sail Reply, into a system called Apollo that reads fragments of discarded papyri found in the Egyptian desert.",
          "fr": "Des chercheurs ont affiné Codestral, avec Sail Reply, pour en faire un système baptisé Apollo, qui lit des fragments de papyrus mis au rebut retrouvés dans le désert égyptien.",
          "de": "Forschende haben Codestral gemeinsam mit Sail Reply zu einem System namens Apollo weitertrainiert, das Fragmente weggeworfener Papyri aus der ägyptischen Wüste liest."
        },
        "figures": [
          {
            "text": {
              "en": "About 180,000 documents in the collection",
              "fr": "Environ 180 000 documents dans la collection",
              "de": "Rund 180.000 Dokumente in der Sammlung"
            },
            "sources": [
              "tma-bet"
            ]
          },
          {
            "text": {
              "en": "More than 2,000 years of work by hand",
              "fr": "Plus de 2 000 ans de travail manuel",
              "de": "Mehr als 2.000 Jahre Handarbeit"
            },
            "sources": [
              "tma-bet"
            ]
          },
          {
            "text": {
              "en": "Over a million Greek papyri still unread worldwide",
              "fr": "Plus d’un million de papyrus grecs encore jamais lus dans le monde",
              "de": "Mehr als eine Million griechische Papyri weltweit noch ungelesen"
            },
            "sources": [
              "tma-bet"
            ]
          }
        ],
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "abanca-agents",
        "title": {
          "en": "Agents over sensitive customer data",
          "fr": "Des agents sur des données clients sensibles",
          "de": "Agenten für sensible Kundendaten"
        },
        "customer": "Abanca",
        "sector": "finance",
        "summary": {
          "en": "The bank orchestrates agents that handle confidential customer information inside its app.",
          "fr": "La banque orchestre des agents qui traitent des informations clients confidentielles au sein de son application.",
          "de": "Die Bank steuert Agenten, die in ihrer App vertrauliche Kundendaten verarbeiten."
        },
        "figures": [
          {
            "text": {
              "en": "An app with more than a million customers",
              "fr": "Une application qui compte plus d’un million de clients",
              "de": "Eine App mit mehr als einer Million Kunden"
            },
            "sources": [
              "tma-bet"
            ]
          }
        ],
        "sources": [
          "tma-bet"
        ]
      }
    ]
  },
  "bullBear": {
    "title": {
      "en": "Two readings of the same facts",
      "fr": "Deux lectures des mêmes faits",
      "de": "Zwei Lesarten derselben Fakten"
    },
    "bull": [
      {
        "text": {
          "en": "Models run on premises, inside the customer’s walls",
          "fr": "Des modèles qui tournent sur site, dans les murs du client",
          "de": "Modelle laufen vor Ort, im Haus des Kunden"
        },
        "sources": [
          "tma-bet"
        ]
      },
      {
        "text": {
          "en": "Real sales teams and consultants, plus Koyeb for deployment at scale",
          "fr": "De vraies équipes commerciales et de vrais consultants, plus Koyeb pour déployer à grande échelle",
          "de": "Echte Vertriebsteams und Berater, dazu Koyeb für den Einsatz im großen Maßstab"
        },
        "sources": [
          "tma-bet"
        ]
      },
      {
        "text": {
          "en": "European provenance, which regulated buyers ask for",
          "fr": "Une origine européenne, que réclament les acheteurs des secteurs réglementés",
          "de": "Europäische Herkunft, die Kunden aus regulierten Branchen verlangen"
        },
        "sources": [
          "tma-bet"
        ]
      },
      {
        "text": {
          "en": "Enterprise revenue holds on better than consumer attention",
          "fr": "Le chiffre d’affaires réalisé auprès des entreprises résiste mieux que l’attention du grand public",
          "de": "Umsätze mit Unternehmen halten länger als die Aufmerksamkeit von Verbrauchern"
        },
        "sources": [
          "tma-bet"
        ]
      },
      {
        "text": {
          "en": "Aiming for €1 billion of revenue in 2026 with 1,000 staff, from 15 people and one customer in 2023",
          "fr": "Objectif : 1 milliard d’euros de chiffre d’affaires en 2026 avec 1 000 salariés, contre 15 personnes et un client en 2023",
          "de": "Ziel: 1 Milliarde Euro Umsatz im Jahr 2026 mit 1.000 Beschäftigten – 2023 waren es 15 Leute und ein Kunde"
        },
        "sources": [
          "tma-bet"
        ]
      },
      {
        "text": {
          "en": "US labs that sell only closed APIs cannot compete on sovereignty",
          "fr": "Les laboratoires américains qui ne vendent que des API fermées ne peuvent pas rivaliser sur la souveraineté",
          "de": "US-Labore, die nur geschlossene APIs verkaufen, können bei der Souveränität nicht mithalten"
        },
        "sources": [
          "tma-bet"
        ]
      }
    ],
    "bear": [
      {
        "text": {
          "en": "A software consultancy with a data centre, not a moat built on foundation models",
          "fr": "Une société de conseil en logiciel dotée d’un centre de données, pas un rempart concurrentiel bâti sur des modèles de fondation",
          "de": "Eine Softwareberatung mit Rechenzentrum, kein Burggraben aus Basismodellen"
        },
        "sources": [
          "tma-bet",
          "van-gilst-hn"
        ]
      },
      {
        "text": {
          "en": "Enterprise B2B is where European start-ups go when consumer and global SaaS are out of reach",
          "fr": "Le B2B est le repli des start-up européennes quand le grand public et le SaaS mondial sont hors de portée",
          "de": "Ins B2B-Geschäft weichen europäische Start-ups aus, wenn Endkundenmarkt und globales SaaS außer Reichweite sind"
        },
        "sources": [
          "tma-bet",
          "van-gilst-hn"
        ]
      },
      {
        "text": {
          "en": "Why pay for Mistral on premises when a capable open-weight model such as Qwen is free?",
          "fr": "Pourquoi payer Mistral sur site quand un modèle à poids ouverts performant comme Qwen est gratuit ?",
          "de": "Warum für Mistral vor Ort zahlen, wenn ein leistungsfähiges Modell mit offenen Gewichten wie Qwen kostenlos ist?"
        },
        "sources": [
          "van-gilst-hn"
        ]
      },
      {
        "text": {
          "en": "A paying Le Chat Pro user found the quality gap with frontier labs hard to ignore",
          "fr": "Un utilisateur abonné à l’offre Le Chat Pro a jugé l’écart de qualité avec les laboratoires de pointe difficile à ignorer",
          "de": "Ein zahlender Nutzer von Le Chat Pro fand den Qualitätsabstand zu den Spitzenlaboren kaum zu übersehen"
        },
        "sources": [
          "van-gilst-hn"
        ]
      }
    ],
    "mood": {
      "text": {
        "en": "I want them to win, but I’m worried",
        "fr": "Je veux qu’ils gagnent, mais je suis inquiet",
        "de": "Ich will, dass sie gewinnen, aber ich mache mir Sorgen"
      },
      "speaker": {
        "en": "The Hacker News discussion, as summed up by Thorsten Meyer AI",
        "fr": "La discussion sur Hacker News, résumée par Thorsten Meyer AI",
        "de": "Die Diskussion auf Hacker News, zusammengefasst von Thorsten Meyer AI"
      },
      "sources": [
        "tma-bet",
        "van-gilst-hn"
      ]
    }
  },
  "milestones": {
    "title": {
      "en": "Milestones",
      "fr": "Étapes clés",
      "de": "Meilensteine"
    },
    "items": [
      {
        "id": "founded",
        "date": "2023-04",
        "label": {
          "en": "Mistral AI founded",
          "fr": "Création de Mistral AI",
          "de": "Gründung von Mistral AI"
        },
        "state": "done",
        "party": "subject",
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "first-customer",
        "date": "2023",
        "label": {
          "en": "BNP Paribas becomes the first customer; the company has 15 people",
          "fr": "BNP Paribas devient le premier client ; l’entreprise compte 15 personnes",
          "de": "BNP Paribas wird erster Kunde; das Unternehmen hat 15 Beschäftigte"
        },
        "state": "done",
        "party": "subject",
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "summit",
        "date": "2026-05-28",
        "label": {
          "en": "AI Now Summit in Paris: the full-stack pitch, Vibe for Work, Mistral for Industrial Engineering",
          "fr": "AI Now Summit à Paris : l’offre intégrée, Vibe for Work, Mistral for Industrial Engineering",
          "de": "AI Now Summit in Paris: das Komplettangebot, Vibe for Work, Mistral for Industrial Engineering"
        },
        "state": "done",
        "party": "subject",
        "sources": [
          "tma-bet",
          "mistral-summit"
        ]
      },
      {
        "id": "series-h",
        "date": "2026-05-28",
        "label": {
          "en": "Anthropic announces its $65 billion Series H the same week",
          "fr": "Anthropic annonce la même semaine sa série H de 65 milliards de dollars",
          "de": "Anthropic verkündet in derselben Woche seine Serie H über 65 Milliarden Dollar"
        },
        "state": "done",
        "party": "rival",
        "sources": [
          "anthropic-series-h",
          "tma-bet"
        ]
      },
      {
        "id": "paris-40mw",
        "label": {
          "en": "40 MW data centre near Paris",
          "fr": "Centre de données de 40 MW près de Paris",
          "de": "40-MW-Rechenzentrum bei Paris"
        },
        "state": "operating",
        "party": "subject",
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "les-ulis",
        "date": "2026-Q3",
        "label": {
          "en": "10 MW inference data centre at Les Ulis opens",
          "fr": "Les Ulis : ouverture d’un centre de données d’inférence de 10 MW",
          "de": "Eröffnung des 10-MW-Inferenz-Rechenzentrums in Les Ulis"
        },
        "state": "planned",
        "party": "subject",
        "sources": [
          "mistral-summit",
          "tma-bet"
        ]
      },
      {
        "id": "sweden",
        "label": {
          "en": "€1.2 billion data centre in Sweden",
          "fr": "Centre de données de 1,2 milliard d’euros en Suède",
          "de": "Rechenzentrum für 1,2 Milliarden Euro in Schweden"
        },
        "state": "under-construction",
        "party": "subject",
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "revenue-2026",
        "date": "2026",
        "label": {
          "en": "€1 billion of revenue, with 1,000 staff",
          "fr": "1 milliard d’euros de chiffre d’affaires, avec 1 000 salariés",
          "de": "1 Milliarde Euro Umsatz, mit 1.000 Beschäftigten"
        },
        "state": "target",
        "party": "subject",
        "sources": [
          "tma-bet"
        ]
      },
      {
        "id": "compute-2027",
        "date": "2027",
        "label": {
          "en": "200 MW of European compute",
          "fr": "200 MW de capacité de calcul en Europe",
          "de": "200 MW Rechenleistung in Europa"
        },
        "state": "target",
        "party": "subject",
        "sources": [
          "mistral-compute",
          "tma-bet"
        ]
      }
    ],
    "watch": [
      {
        "text": {
          "en": "Capacity actually built in Paris and Sweden",
          "fr": "Les capacités réellement construites à Paris et en Suède",
          "de": "Die tatsächlich gebauten Kapazitäten in Paris und Schweden"
        },
        "sources": [
          "tma-bet"
        ]
      },
      {
        "text": {
          "en": "New customers made public",
          "fr": "Les nouveaux clients rendus publics",
          "de": "Neue, öffentlich genannte Kunden"
        },
        "sources": [
          "tma-bet"
        ]
      },
      {
        "text": {
          "en": "Benchmarks for Forge, Vibe, Voxtral and Robostral",
          "fr": "Des benchmarks pour Forge, Vibe, Voxtral et Robostral",
          "de": "Benchmarks für Forge, Vibe, Voxtral und Robostral"
        },
        "sources": [
          "tma-bet"
        ]
      },
      {
        "text": {
          "en": "A new model release",
          "fr": "La sortie d’un nouveau modèle",
          "de": "Die Veröffentlichung eines neuen Modells"
        },
        "sources": [
          "tma-bet"
        ]
      }
    ]
  }
};
