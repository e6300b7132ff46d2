/**
 * What a channel can show, the only thing the dialogs know about the channel they run on. Teams shows at most three
 * suggested actions, and only `imBack` ones; beyond that, or when a button must carry a payload, choices become an
 * Adaptive Card.
 */
export interface RenderingCapabilities {
  /** How many suggested actions the channel shows; more choices need a card. */
  maxSuggestedActions: number;
  /** Whether suggested actions may carry a `value` (messageBack). Teams' suggested actions are imBack only. */
  suggestedActionPayloads: boolean;
  /** Whether Adaptive Cards 1.5 render (and post their Action.Submit back as messages). */
  adaptiveCards: boolean;
  /**
   * Whether the client rates a message itself (Teams' thumbs up/down, `channelData.feedbackLoopEnabled`), recorded
   * like the Oui/Non buttons. The Oui/Non question stays: the thumbs are easy to miss.
   */
  nativeFeedback: boolean;
  /** Whether the client shows thumbs for schema.org Like/DislikeAction on the message (Web Chat 4.18), recorded alike. */
  voteActions: boolean;
  /**
   * How the client renders the schema.org `Message` entity's citations: Teams from the entity alone, Web Chat 4.18
   * from the entity and a markdown link definition of the text's `[1]`; `none` elsewhere (the source line says it).
   */
  citations: 'none' | 'teams' | 'web-chat';
}

const UNLIMITED: RenderingCapabilities = {
  maxSuggestedActions: Number.POSITIVE_INFINITY,
  suggestedActionPayloads: true,
  adaptiveCards: false,
  nativeFeedback: false,
  voteActions: false,
  citations: 'none',
};

/** Web Chat, on the server's own Direct Line (`webchat`) or Azure's (`webchat` or `directline`). */
const WEB_CHAT: RenderingCapabilities = { ...UNLIMITED, voteActions: true, citations: 'web-chat' };

const BY_CHANNEL: Readonly<Record<string, RenderingCapabilities>> = {
  msteams: {
    maxSuggestedActions: 3,
    suggestedActionPayloads: false,
    adaptiveCards: true,
    nativeFeedback: true,
    voteActions: false,
    citations: 'teams',
  },
  webchat: WEB_CHAT,
  directline: WEB_CHAT,
};

/** Every channel shows every suggested action but Teams; only Web Chat and Teams read native entities. */
export function capabilitiesFor(channelId: string | undefined): RenderingCapabilities {
  return (channelId && BY_CHANNEL[channelId]) || UNLIMITED;
}
