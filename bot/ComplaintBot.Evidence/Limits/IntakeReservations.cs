using ComplaintBot.Evidence.Refusals;

namespace ComplaintBot.Evidence.Limits;

/// <summary>
/// Counts files still being taken in, per complaint. The caller reports what the complaint already holds, but
/// several files sent at once all arrive with the same counts; reserving a slot for each file in flight keeps
/// the per-complaint limits true even then.
/// </summary>
internal sealed class IntakeReservations
{
    private readonly Dictionary<string, Usage> inFlight = new(StringComparer.Ordinal);

    /// <summary>Reserves a file slot; synchronous, so files started together are counted before any of them finishes.</summary>
    /// <exception cref="EvidenceRefusedException"><c>too_many_files</c>.</exception>
    public Reservation Reserve(string complaintId, int filesAccepted, int maxFiles)
    {
        lock (inFlight)
        {
            var usage = inFlight.GetValueOrDefault(complaintId) ?? new Usage();
            if (filesAccepted + usage.Files >= maxFiles)
            {
                throw new EvidenceRefusedException(EvidenceRefusalCodes.TooManyFiles);
            }

            usage.Files++;
            inFlight[complaintId] = usage;
            return new Reservation(this, complaintId);
        }
    }

    private long BytesInFlight(string complaintId)
    {
        lock (inFlight)
        {
            return inFlight.GetValueOrDefault(complaintId)?.Bytes ?? 0;
        }
    }

    private bool TryAddBytes(string complaintId, long bytes, long bytesAccepted, long maxBytes)
    {
        lock (inFlight)
        {
            var usage = inFlight[complaintId];
            if (bytesAccepted + usage.Bytes + bytes > maxBytes)
            {
                return false;
            }

            usage.Bytes += bytes;
            return true;
        }
    }

    private void Release(string complaintId, long bytes)
    {
        lock (inFlight)
        {
            var usage = inFlight[complaintId];
            usage.Files--;
            usage.Bytes -= bytes;
            if (usage.Files == 0)
            {
                inFlight.Remove(complaintId);
            }
        }
    }

    /// <summary>One file's slot; disposing it releases the slot and its bytes.</summary>
    internal sealed class Reservation(IntakeReservations owner, string complaintId) : IDisposable
    {
        private long bytes;
        private bool released;

        /// <summary>Gets the bytes other files of the complaint have claimed but the caller does not know of yet.</summary>
        public long OtherBytesInFlight => owner.BytesInFlight(complaintId) - bytes;

        /// <summary>Claims a finished file's bytes against the complaint's total.</summary>
        /// <returns>False when the file would take the complaint over <paramref name="maxBytes"/>.</returns>
        public bool TryClaimBytes(long size, long bytesAccepted, long maxBytes)
        {
            if (!owner.TryAddBytes(complaintId, size, bytesAccepted, maxBytes))
            {
                return false;
            }

            bytes += size;
            return true;
        }

        public void Dispose()
        {
            if (!released)
            {
                released = true;
                owner.Release(complaintId, bytes);
            }
        }
    }

    private sealed class Usage
    {
        public int Files { get; set; }

        public long Bytes { get; set; }
    }
}
