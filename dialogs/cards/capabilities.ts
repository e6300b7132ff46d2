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
}

const UNLIMITED: RenderingCapabilities = {
  maxSuggestedActions: Number.POSITIVE_INFINITY,
  suggestedActionPayloads: true,
  adaptiveCards: false,
  nativeFeedback: false,
};

const BY_CHANNEL: Readonly<Record<string, RenderingCapabilities>> = {
  msteams: { maxSuggestedActions: 3, suggestedActionPayloads: false, adaptiveCards: true, nativeFeedback: true },
};

/** Web chat, Direct Line, console, emulator and tests show every suggested action. */
export function capabilitiesFor(channelId: string | undefined): RenderingCapabilities {
  return (channelId && BY_CHANNEL[channelId]) || UNLIMITED;
}
