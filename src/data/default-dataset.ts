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
  "sources": {
    "tma-bet": {
      "title": "Different Game, or Already Lost? Reading Mistral's Sovereignty Bet",
      "publisher": "Thorsten Meyer AI",
      "date": "2026-05"
    },
    "mistral-summit": {
      "title": "AI Now Summit summary",
      "publisher": "Mistral AI",
      "url": "https://mistral.ai/news/ai-now-summit-2026/",
      "date": "2026-05-28"
    },
    "mistral-compute": {
      "title": "Mistral Compute",
      "publisher": "Mistral AI",
      "url": "https://mistral.ai/products/compute/",
      "date": "2026-05"
    },
    "anthropic-series-h": {
      "title": "Series H announcement",
      "publisher": "Anthropic",
      "url": "https://www.anthropic.com/news/series-h",
      "date": "2026-05-28"
    },
    "van-gilst-hn": {
      "title": "Notes on the AI Now Summit, and the Hacker News discussion that followed",
      "publisher": "Koen van Gilst; Hacker News",
      "date": "2026-05"
    }
  },
  "facts": {
    "mistral-funding": {
      "value": 3900000000,
      "unit": "USD",
      "qualifier": "about",
      "asOf": "2026-05",
      "label": {
        "en": "All funding to date, over {mistral-rounds}",
        "fr": "Total des fonds levés à ce jour, en {mistral-rounds}",
        "de": "Gesamte bisherige Finanzierung, in {mistral-rounds}"
      },
      "sources": [
        "tma-bet"
      ]
    },
    "mistral-rounds": {
      "value": 9,
      "unit": "rounds",
      "qualifier": "exact",
      "asOf": "2026-05",
      "sources": [
        "tma-bet"
      ]
    },
    "anthropic-series-h": {
      "value": 65000000000,
      "unit": "USD",
      "qualifier": "exact",
      "asOf": "2026-05-28",
      "label": {
        "en": "Series H, a single funding round",
        "fr": "Série H, un seul tour de table",
        "de": "Serie H, eine einzige Finanzierungsrunde"
      },
      "sources": [
        "anthropic-series-h",
        "tma-bet"
      ]
    },
    "compute-target": {
      "value": 200,
      "unit": "MW",
      "qualifier": "exact",
      "asOf": "2026-05",
      "label": {
        "en": "European capacity targeted for {compute-2027:date}",
        "fr": "Capacité européenne visée pour {compute-2027:date}",
        "de": "In Europa angestrebte Kapazität für {compute-2027:date}"
      },
      "sources": [
        "mistral-compute",
        "tma-bet"
      ]
    },
    "anthropic-compute": {
      "value": 10000,
      "unit": "MW",
      "qualifier": "more-than",
      "asOf": "2026-05",
      "label": {
        "en": "Committed across its infrastructure deals",
        "fr": "Engagée dans l’ensemble de ses accords d’infrastructure",
        "de": "In seinen Infrastrukturverträgen zugesagt"
      },
      "sources": [
        "tma-bet"
      ]
    },
    "paris-power": {
      "value": 40,
      "unit": "MW",
      "qualifier": "exact",
      "asOf": "2026-05",
      "sources": [
        "tma-bet"
      ]
    },
    "sweden-cost": {
      "value": 1200000000,
      "unit": "EUR",
      "qualifier": "exact",
      "asOf": "2026-05",
      "sources": [
        "tma-bet"
      ]
    },
    "les-ulis-power": {
      "value": 10,
      "unit": "MW",
      "qualifier": "exact",
      "asOf": "2026-05-28",
      "sources": [
        "mistral-summit"
      ]
    },
    "revenue-target": {
      "value": 1000000000,
      "unit": "EUR",
      "qualifier": "exact",
      "asOf": "2026-05",
      "sources": [
        "tma-bet"
      ]
    },
    "staff-target": {
      "value": 1000,
      "unit": "people",
      "qualifier": "exact",
      "asOf": "2026-05",
      "sources": [
        "tma-bet"
      ]
    },
    "staff-2023": {
      "value": 15,
      "unit": "people",
      "qualifier": "exact",
      "asOf": "2023",
      "sources": [
        "tma-bet"
      ]
    },
    "customers-2023": {
      "value": 1,
      "unit": "customers",
      "qualifier": "exact",
      "asOf": "2023",
      "sources": [
        "tma-bet"
      ]
    },
    "papyri-documents": {
      "value": 180000,
      "unit": "documents",
      "qualifier": "about",
      "asOf": "2026-05",
      "sources": [
        "tma-bet"
      ]
    },
    "papyri-years-by-hand": {
      "value": 2000,
      "unit": "years",
      "qualifier": "more-than",
      "asOf": "2026-05",
      "sources": [
        "tma-bet"
      ]
    },
    "unread-papyri": {
      "value": 1000000,
      "unit": "count",
      "qualifier": "more-than",
      "asOf": "2026-05",
      "sources": [
        "tma-bet"
      ]
    },
    "abanca-app-customers": {
      "value": 1000000,
      "unit": "customers",
      "qualifier": "more-than",
      "asOf": "2026-05",
      "sources": [
        "tma-bet"
      ]
    }
  },
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
      "subject": "mistral-funding",
      "rival": "anthropic-series-h"
    },
    "compute": {
      "title": {
        "en": "Compute capacity",
        "fr": "Capacité de calcul",
        "de": "Rechenkapazität"
      },
      "subject": "compute-target",
      "rival": "anthropic-compute"
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
    "pillars": {
      "compute": {
        "title": {
          "en": "Compute",
          "fr": "Calcul",
          "de": "Rechenleistung"
        },
        "items": {
          "paris": {
            "text": {
              "en": "A {paris-power} data centre south of Paris, at Bruyères-le-Châtel",
              "fr": "Un centre de données de {paris-power} au sud de Paris, à Bruyères-le-Châtel",
              "de": "Ein Rechenzentrum mit {paris-power} südlich von Paris, in Bruyères-le-Châtel"
            },
            "sources": [
              "tma-bet"
            ]
          },
          "sweden": {
            "text": {
              "en": "A {sweden-cost} build in Sweden, {sweden}",
              "fr": "Un chantier de {sweden-cost} en Suède, {sweden}",
              "de": "Ein Neubau für {sweden-cost} in Schweden, {sweden}"
            },
            "sources": [
              "tma-bet"
            ]
          },
          "les-ulis": {
            "text": {
              "en": "A {les-ulis-power} inference site at Les Ulis, {les-ulis}",
              "fr": "Les Ulis : un site d’inférence de {les-ulis-power}, {les-ulis}",
              "de": "Ein Standort für Inferenz mit {les-ulis-power} in Les Ulis, {les-ulis}"
            },
            "sources": [
              "mistral-summit"
            ]
          },
          "target": {
            "text": {
              "en": "{compute-target} of European capacity, {compute-2027}",
              "fr": "{compute-target} de capacité en Europe, {compute-2027}",
              "de": "{compute-target} Kapazität in Europa, {compute-2027}"
            },
            "sources": [
              "mistral-compute",
              "tma-bet"
            ]
          }
        }
      },
      "models": {
        "title": {
          "en": "Models",
          "fr": "Modèles",
          "de": "Modelle"
        },
        "items": {
          "open-custom": {
            "text": {
              "en": "Open-weight and custom models, tuned for efficiency",
              "fr": "Modèles à poids ouverts et sur mesure, optimisés pour l’efficacité",
              "de": "Modelle mit offenen Gewichten und Maßanfertigungen, auf Effizienz getrimmt"
            },
            "sources": [
              "tma-bet"
            ]
          },
          "own-weights": {
            "text": {
              "en": "Customers can hold the weights and run them inside their own walls",
              "fr": "Les clients peuvent détenir les poids et faire tourner les modèles dans leurs propres murs",
              "de": "Kunden können die Gewichte besitzen und die Modelle im eigenen Haus betreiben"
            },
            "sources": [
              "tma-bet"
            ]
          },
          "specialised": {
            "text": {
              "en": "Small specialised models: Voxtral, Robostral, Codestral, Document AI",
              "fr": "Petits modèles spécialisés : Voxtral, Robostral, Codestral, Document AI",
              "de": "Kleine Spezialmodelle: Voxtral, Robostral, Codestral, Document AI"
            },
            "sources": [
              "tma-bet"
            ]
          }
        }
      },
      "platform": {
        "title": {
          "en": "Platform",
          "fr": "Plateforme",
          "de": "Plattform"
        },
        "items": {
          "forge": {
            "text": {
              "en": "Forge, for building custom models",
              "fr": "Forge, pour créer des modèles sur mesure",
              "de": "Forge, zum Bau maßgeschneiderter Modelle"
            },
            "sources": [
              "tma-bet"
            ]
          },
          "vibe": {
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
        }
      },
      "consultancy": {
        "title": {
          "en": "Consultancy",
          "fr": "Conseil",
          "de": "Beratung"
        },
        "items": {
          "sales": {
            "text": {
              "en": "Its own sales teams and integrator partners",
              "fr": "Ses propres équipes commerciales et des intégrateurs partenaires",
              "de": "Eigene Vertriebsteams und Integrationspartner"
            },
            "sources": [
              "tma-bet"
            ]
          },
          "provenance": {
            "text": {
              "en": "European provenance and support",
              "fr": "Origine et support européens",
              "de": "Europäische Herkunft und europäischer Support"
            },
            "sources": [
              "tma-bet"
            ]
          },
          "koyeb": {
            "text": {
              "en": "The Koyeb acquisition, for deployment at scale",
              "fr": "Le rachat de Koyeb, pour déployer à grande échelle",
              "de": "Die Übernahme von Koyeb, für den Einsatz im großen Maßstab"
            },
            "sources": [
              "tma-bet"
            ]
          }
        }
      }
    },
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
    "items": {
      "bnp-kyc": {
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
        "figures": {
          "first-customer": {
            "text": {
              "en": "First customer, {first-customer:date}",
              "fr": "Premier client, en {first-customer:date}",
              "de": "Erster Kunde, {first-customer:date}"
            },
            "sources": [
              "tma-bet"
            ]
          }
        },
        "sources": [
          "tma-bet"
        ]
      },
      "voxtral-alexa": {
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
        "figures": {},
        "sources": [
          "tma-bet"
        ]
      },
      "robostral-asml": {
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
        "figures": {},
        "sources": [
          "tma-bet"
        ]
      },
      "epo-document-ai": {
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
        "figures": {},
        "sources": [
          "tma-bet"
        ]
      },
      "apollo-papyri": {
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
        "figures": {
          "collection": {
            "text": {
              "en": "{papyri-documents} in the collection",
              "fr": "{papyri-documents} dans la collection",
              "de": "{papyri-documents} in der Sammlung"
            },
            "sources": [
              "tma-bet"
            ]
          },
          "by-hand": {
            "text": {
              "en": "{papyri-years-by-hand} of work by hand",
              "fr": "{papyri-years-by-hand} de travail manuel",
              "de": "{papyri-years-by-hand} Handarbeit"
            },
            "sources": [
              "tma-bet"
            ]
          },
          "unread": {
            "text": {
              "en": "Greek papyri still unread worldwide: {unread-papyri}",
              "fr": "Papyrus grecs encore jamais lus dans le monde : {unread-papyri}",
              "de": "Weltweit noch ungelesene griechische Papyri: {unread-papyri}"
            },
            "sources": [
              "tma-bet"
            ]
          }
        },
        "sources": [
          "tma-bet"
        ]
      },
      "abanca-agents": {
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
        "figures": {
          "app-customers": {
            "text": {
              "en": "An app with {abanca-app-customers}",
              "fr": "Une application qui compte {abanca-app-customers}",
              "de": "Eine App mit {abanca-app-customers}"
            },
            "sources": [
              "tma-bet"
            ]
          }
        },
        "sources": [
          "tma-bet"
        ]
      }
    }
  },
  "bullBear": {
    "title": {
      "en": "Two readings of the same facts",
      "fr": "Deux lectures des mêmes faits",
      "de": "Zwei Lesarten derselben Fakten"
    },
    "bull": {
      "on-premises": {
        "text": {
          "en": "Models run on premises, inside the customer’s walls",
          "fr": "Des modèles qui tournent sur site, dans les murs du client",
          "de": "Modelle laufen vor Ort, im Haus des Kunden"
        },
        "sources": [
          "tma-bet"
        ]
      },
      "sales-teams": {
        "text": {
          "en": "Real sales teams and consultants, plus Koyeb for deployment at scale",
          "fr": "De vraies équipes commerciales et de vrais consultants, plus Koyeb pour déployer à grande échelle",
          "de": "Echte Vertriebsteams und Berater, dazu Koyeb für den Einsatz im großen Maßstab"
        },
        "sources": [
          "tma-bet"
        ]
      },
      "provenance": {
        "text": {
          "en": "European provenance, which regulated buyers ask for",
          "fr": "Une origine européenne, que réclament les acheteurs des secteurs réglementés",
          "de": "Europäische Herkunft, die Kunden aus regulierten Branchen verlangen"
        },
        "sources": [
          "tma-bet"
        ]
      },
      "sticky-revenue": {
        "text": {
          "en": "Enterprise revenue holds on better than consumer attention",
          "fr": "Le chiffre d’affaires réalisé auprès des entreprises résiste mieux que l’attention du grand public",
          "de": "Umsätze mit Unternehmen halten länger als die Aufmerksamkeit von Verbrauchern"
        },
        "sources": [
          "tma-bet"
        ]
      },
      "revenue-target": {
        "text": {
          "en": "Aiming for {revenue-target} of revenue with {staff-target}, {revenue-2026}; there were {staff-2023} and {customers-2023} in {first-customer:date}",
          "fr": "Objectif : {revenue-target} de chiffre d’affaires avec {staff-target}, {revenue-2026} ; en {first-customer:date}, {staff-2023} et {customers-2023}",
          "de": "Ziel: {revenue-target} Umsatz mit {staff-target}, {revenue-2026}; {first-customer:date} waren es {staff-2023} und {customers-2023}"
        },
        "sources": [
          "tma-bet"
        ]
      },
      "sovereignty": {
        "text": {
          "en": "US labs that sell only closed APIs cannot compete on sovereignty",
          "fr": "Les laboratoires américains qui ne vendent que des API fermées ne peuvent pas rivaliser sur la souveraineté",
          "de": "US-Labore, die nur geschlossene APIs verkaufen, können bei der Souveränität nicht mithalten"
        },
        "sources": [
          "tma-bet"
        ]
      }
    },
    "bear": {
      "consultancy": {
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
      "b2b-retreat": {
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
      "free-open-weights": {
        "text": {
          "en": "Why pay for Mistral on premises when a capable open-weight model such as Qwen is free?",
          "fr": "Pourquoi payer Mistral sur site quand un modèle à poids ouverts performant comme Qwen est gratuit ?",
          "de": "Warum für Mistral vor Ort zahlen, wenn ein leistungsfähiges Modell mit offenen Gewichten wie Qwen kostenlos ist?"
        },
        "sources": [
          "van-gilst-hn"
        ]
      },
      "quality-gap": {
        "text": {
          "en": "A paying Le Chat Pro user found the quality gap with frontier labs hard to ignore",
          "fr": "Un utilisateur abonné à l’offre Le Chat Pro a jugé l’écart de qualité avec les laboratoires de pointe difficile à ignorer",
          "de": "Ein zahlender Nutzer von Le Chat Pro fand den Qualitätsabstand zu den Spitzenlaboren kaum zu übersehen"
        },
        "sources": [
          "van-gilst-hn"
        ]
      }
    },
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
    "items": {
      "founded": {
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
      "first-customer": {
        "date": "2023",
        "label": {
          "en": "BNP Paribas becomes the first customer; the company has {staff-2023}",
          "fr": "BNP Paribas devient le premier client ; l’entreprise compte {staff-2023}",
          "de": "BNP Paribas wird erster Kunde; das Unternehmen hat {staff-2023}"
        },
        "state": "done",
        "party": "subject",
        "sources": [
          "tma-bet"
        ]
      },
      "summit": {
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
      "series-h": {
        "date": "2026-05-28",
        "label": {
          "en": "Anthropic announces its {anthropic-series-h} Series H the same week",
          "fr": "Anthropic annonce la même semaine sa série H de {anthropic-series-h}",
          "de": "Anthropic verkündet in derselben Woche seine Serie H über {anthropic-series-h}"
        },
        "state": "done",
        "party": "rival",
        "sources": [
          "anthropic-series-h",
          "tma-bet"
        ]
      },
      "paris-dc": {
        "label": {
          "en": "A {paris-power} data centre near Paris",
          "fr": "Centre de données de {paris-power} près de Paris",
          "de": "Rechenzentrum mit {paris-power} bei Paris"
        },
        "state": "operating",
        "party": "subject",
        "sources": [
          "tma-bet"
        ]
      },
      "les-ulis": {
        "date": "2026-Q3",
        "label": {
          "en": "A {les-ulis-power} inference data centre at Les Ulis opens",
          "fr": "Les Ulis : ouverture d’un centre de données d’inférence de {les-ulis-power}",
          "de": "Eröffnung des Inferenz-Rechenzentrums mit {les-ulis-power} in Les Ulis"
        },
        "state": "planned",
        "party": "subject",
        "sources": [
          "mistral-summit",
          "tma-bet"
        ]
      },
      "sweden": {
        "label": {
          "en": "A {sweden-cost} data centre in Sweden",
          "fr": "Centre de données de {sweden-cost} en Suède",
          "de": "Rechenzentrum für {sweden-cost} in Schweden"
        },
        "state": "under-construction",
        "party": "subject",
        "sources": [
          "tma-bet"
        ]
      },
      "revenue-2026": {
        "date": "2026",
        "label": {
          "en": "{revenue-target} of revenue, with {staff-target}",
          "fr": "{revenue-target} de chiffre d’affaires, avec {staff-target}",
          "de": "{revenue-target} Umsatz, mit {staff-target}"
        },
        "state": "target",
        "party": "subject",
        "sources": [
          "tma-bet"
        ]
      },
      "compute-2027": {
        "date": "2027",
        "label": {
          "en": "{compute-target} of European compute",
          "fr": "{compute-target} de capacité de calcul en Europe",
          "de": "{compute-target} Rechenleistung in Europa"
        },
        "state": "target",
        "party": "subject",
        "sources": [
          "mistral-compute",
          "tma-bet"
        ]
      }
    },
    "watch": {
      "capacity": {
        "text": {
          "en": "Capacity actually built in Paris and Sweden",
          "fr": "Les capacités réellement construites à Paris et en Suède",
          "de": "Die tatsächlich gebauten Kapazitäten in Paris und Schweden"
        },
        "sources": [
          "tma-bet"
        ]
      },
      "customers": {
        "text": {
          "en": "New customers made public",
          "fr": "Les nouveaux clients rendus publics",
          "de": "Neue, öffentlich genannte Kunden"
        },
        "sources": [
          "tma-bet"
        ]
      },
      "benchmarks": {
        "text": {
          "en": "Benchmarks for Forge, Vibe, Voxtral and Robostral",
          "fr": "Des benchmarks pour Forge, Vibe, Voxtral et Robostral",
          "de": "Benchmarks für Forge, Vibe, Voxtral und Robostral"
        },
        "sources": [
          "tma-bet"
        ]
      },
      "new-model": {
        "text": {
          "en": "A new model release",
          "fr": "La sortie d’un nouveau modèle",
          "de": "Die Veröffentlichung eines neuen Modells"
        },
        "sources": [
          "tma-bet"
        ]
      }
    }
  }
};
