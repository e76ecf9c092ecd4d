/** Horizontal distance between neighbouring vertical tracks in a channel, and vertical between corridor tracks. */
export const TRACK_GAP = 10;
/** Space between a channel's edge and its first track. */
export const CHANNEL_PAD = 14;
/** Space between a flow's label and the shape it enters, and around the label in its channel. */
export const LABEL_GAP = 6;
